package org.shangmen.booking.application.port.out;

import java.util.List;
import org.shangmen.booking.domain.OrderSettings;

/** The stored versions of the order settings. */
public interface OrderSettingsStore {

    /** Every stored version, oldest first. */
    List<OrderSettings> all();

    /** Inserts a version; false when its number is taken (another operator was faster). */
    boolean insert(OrderSettings settings);
}
