package org.shangmen.app.archfixture.till.application;

import org.shangmen.app.archfixture.stock.api.StockLevels;
import org.shangmen.app.archfixture.till.application.port.out.SaleStore;
import org.shangmen.app.archfixture.till.domain.Sale;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the rule: its own port, its domain, another module's api and Spring's transactions. */
public class SellService {

    private final SaleStore sales;
    private final StockLevels stock;

    public SellService(SaleStore sales, StockLevels stock) {
        this.sales = sales;
        this.stock = stock;
    }

    @Transactional
    public boolean sell(String item, long amountFen) {
        if (stock.available(item) < 1) {
            return false;
        }
        sales.save(new Sale(item, amountFen));
        return true;
    }
}
