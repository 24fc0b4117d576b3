package org.shangmen.app.archfixture.till.application.port.out;

import org.shangmen.app.archfixture.till.domain.Sale;

public interface SaleStore {
    void save(Sale sale);
}
