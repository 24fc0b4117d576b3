package org.shangmen.booking.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.application.port.out.OrderPrivacyStore;
import org.shangmen.kernel.PersonalData;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders as the account's personal data: in the export with their address; an order in progress keeps
 * the account open; on closing the orders stay (finance and law need them) without address or contact.
 */
public class OrderPersonalData implements PersonalData {

    static final String MASK = "(已注销)";

    private final OrderPrivacyStore orders;

    public OrderPersonalData(OrderPrivacyStore orders) {
        this.orders = orders;
    }

    @Override
    public String section() {
        return "booking";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID accountId) {
        List<OrderPrivacyStore.OrderRecord> records = orders.ordersOf(accountId);
        Map<String, Object> data = new LinkedHashMap<>();
        if (!records.isEmpty()) {
            data.put("orders", records);
        }
        return data;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> closureBlockers(UUID accountId) {
        List<String> blockers = new java.util.ArrayList<>();
        int open = orders.openOrders(accountId);
        if (open > 0) {
            blockers.add("还有 " + open + " 个进行中的订单");
        }
        int plans = orders.runningPlans(accountId);
        if (plans > 0) {
            blockers.add("还有 " + plans + " 个进行中的周期服务或长期服务");
        }
        return List.copyOf(blockers);
    }

    @Transactional
    public void forget(UUID accountId) {
        orders.maskCustomer(accountId, MASK);
    }
}
