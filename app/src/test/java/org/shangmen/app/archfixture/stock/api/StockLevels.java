package org.shangmen.app.archfixture.stock.api;

public interface StockLevels {
    int available(String item);
}
