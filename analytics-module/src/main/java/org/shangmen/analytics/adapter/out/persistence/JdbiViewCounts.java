package org.shangmen.analytics.adapter.out.persistence;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.shangmen.analytics.application.port.out.ViewCounts;
import org.shangmen.analytics.domain.InsightFilter;
import org.springframework.stereotype.Repository;

/** Counts views from {@code view_fact} (and {@code view_item} for an item filter), by the Shanghai day they happened. */
@Repository
class JdbiViewCounts implements ViewCounts {

    private final Jdbi jdbi;

    JdbiViewCounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Views views(InsightFilter f) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(CASE WHEN v.kind = 'ITEM' THEN 1 END), "
                + "COUNT(DISTINCT CASE WHEN v.kind = 'ITEM' THEN v.customer_id END), COUNT(CASE WHEN v.kind = 'ORDER' THEN 1 END) "
                + "FROM analytics.view_fact v WHERE v.viewed_day >= :from AND v.viewed_day < :until");
        f.region().ifPresent(r -> sql.append(f.wholeCity() ? " AND v.city_code = :region" : " AND v.district_code = :region"));
        f.item().ifPresent(i -> sql.append(" AND EXISTS (SELECT 1 FROM analytics.view_item i WHERE i.view_id = v.view_id AND i.item_code = :item)"));
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("from", f.from()).bind("until", f.until());
            f.region().ifPresent(r -> q.bind("region", r));
            f.item().ifPresent(i -> q.bind("item", i));
            return q.map((rs, ctx) -> new Views(rs.getLong(1), rs.getLong(2), rs.getLong(3))).one();
        });
    }
}
