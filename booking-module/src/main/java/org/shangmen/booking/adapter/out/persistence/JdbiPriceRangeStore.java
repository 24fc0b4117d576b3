package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.PriceRangeStore;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.kernel.RegionCode;
import org.springframework.stereotype.Repository;

/** Reference price ranges in {@code booking.price_range}, one row per item and region. */
@Repository
class JdbiPriceRangeStore implements PriceRangeStore {

    private static final String COLUMNS = "item_id, region_code, min_fen, max_fen";

    private final Jdbi jdbi;
    private final Clock clock;

    JdbiPriceRangeStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void save(PriceRange r, UUID operatorId) {
        jdbi.useHandle(h -> {
            String update = "UPDATE booking.price_range SET min_fen = :min, max_fen = :max, updated_by = :operator, updated_at = :now "
                    + "WHERE item_id = :item AND region_code = :region";
            if (h.createUpdate(update).bind("item", r.itemId()).bind("region", r.region().value()).bind("min", r.minFen())
                    .bind("max", r.maxFen()).bind("operator", operatorId).bind("now", clock.instant()).execute() == 1) {
                return;
            }
            int inserted = h.createUpdate("INSERT INTO booking.price_range (item_id, region_code, min_fen, max_fen, updated_by, updated_at) "
                            + "VALUES (:item, :region, :min, :max, :operator, :now) ON CONFLICT DO NOTHING")
                    .bind("item", r.itemId()).bind("region", r.region().value()).bind("min", r.minFen()).bind("max", r.maxFen())
                    .bind("operator", operatorId).bind("now", clock.instant()).execute();
            if (inserted == 0) {
                // Inserted concurrently: ours is the later word.
                h.createUpdate(update).bind("item", r.itemId()).bind("region", r.region().value()).bind("min", r.minFen())
                        .bind("max", r.maxFen()).bind("operator", operatorId).bind("now", clock.instant()).execute();
            }
        });
    }

    @Override
    public boolean delete(UUID itemId, RegionCode region) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM booking.price_range WHERE item_id = :item AND region_code = :region")
                .bind("item", itemId).bind("region", region.value()).execute()) == 1;
    }

    @Override
    public List<PriceRange> of(UUID itemId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.price_range WHERE item_id = :item "
                        + "ORDER BY region_code")
                .bind("item", itemId).map((rs, ctx) -> range(rs)).list());
    }

    @Override
    public List<PriceRange> of(Collection<UUID> itemIds, Collection<RegionCode> regions) {
        if (itemIds.isEmpty() || regions.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.price_range "
                        + "WHERE item_id IN (<items>) AND region_code IN (<regions>) ORDER BY item_id, region_code")
                .bindList("items", List.copyOf(itemIds))
                .bindList("regions", regions.stream().map(RegionCode::value).distinct().toList())
                .map((rs, ctx) -> range(rs)).list());
    }

    private static PriceRange range(ResultSet rs) throws SQLException {
        return new PriceRange(rs.getObject("item_id", UUID.class), RegionCode.of(rs.getString("region_code")), rs.getLong("min_fen"),
                rs.getLong("max_fen"));
    }
}
