package org.shangmen.app.archfixture.shop.adapter.out;

public class ShopRows {
    public int count() {
        return 0;
    }
}
