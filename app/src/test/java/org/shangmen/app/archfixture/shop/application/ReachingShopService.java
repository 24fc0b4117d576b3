package org.shangmen.app.archfixture.shop.application;

import org.jdbi.v3.core.Jdbi;
import org.shangmen.app.archfixture.shop.adapter.out.ShopRows;

/** Breaks the rule twice: an adapter class and JDBI used straight from a use case. */
public class ReachingShopService {

    private final ShopRows rows = new ShopRows();
    private final Jdbi jdbi;

    public ReachingShopService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public int count() {
        return rows.count() + (jdbi == null ? 0 : 1);
    }
}
