package org.shangmen.worker.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(RegionRow.class)
@RegisterConstructorMapper(CommunityRow.class)
interface ServiceAreaDao {

    @SqlUpdate("UPDATE worker.region SET name = :name, served = :served, parent_code = :parentCode WHERE code = :code")
    int updateRegion(@BindMethods RegionRow row);

    @SqlUpdate("INSERT INTO worker.region (code, name, level, parent_code, served) VALUES (:code, :name, :level, :parentCode, :served) "
            + "ON CONFLICT DO NOTHING")
    int insertRegion(@BindMethods RegionRow row);

    @SqlQuery("SELECT code, name, level, parent_code, served FROM worker.region WHERE code = :code")
    Optional<RegionRow> region(@Bind("code") String code);

    @SqlQuery("SELECT code, name, level, parent_code, served FROM worker.region WHERE level = 'CITY' AND served ORDER BY code")
    List<RegionRow> servedCities();

    @SqlQuery("SELECT code, name, level, parent_code, served FROM worker.region WHERE parent_code = :parent ORDER BY code")
    List<RegionRow> children(@Bind("parent") String parent);

    @SqlUpdate("INSERT INTO worker.community (id, district_code, name, latitude, longitude, created_at) "
            + "VALUES (:id, :districtCode, :name, :latitude, :longitude, :createdAt) ON CONFLICT DO NOTHING")
    int insertCommunity(@BindMethods CommunityRow row);

    @SqlQuery("SELECT id, district_code, name, latitude, longitude, created_at FROM worker.community WHERE id = :id")
    Optional<CommunityRow> community(@Bind("id") UUID id);

    @SqlQuery("SELECT id, district_code, name, latitude, longitude, created_at FROM worker.community "
            + "WHERE district_code = :district AND (CAST(:keyword AS VARCHAR) IS NULL OR name LIKE '%' || :keyword || '%') "
            + "ORDER BY name, id LIMIT :limit OFFSET :offset")
    List<CommunityRow> communities(@Bind("district") String district, @Bind("keyword") String keyword,
                                   @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM worker.community "
            + "WHERE district_code = :district AND (CAST(:keyword AS VARCHAR) IS NULL OR name LIKE '%' || :keyword || '%')")
    long countCommunities(@Bind("district") String district, @Bind("keyword") String keyword);

    @SqlQuery("SELECT id, district_code, name, latitude, longitude, created_at FROM worker.community "
            + "WHERE latitude BETWEEN :minLat AND :maxLat AND longitude BETWEEN :minLng AND :maxLng")
    List<CommunityRow> inBox(@Bind("minLat") double minLat, @Bind("maxLat") double maxLat,
                             @Bind("minLng") double minLng, @Bind("maxLng") double maxLng);
}
