package org.shangmen.booking.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.Category;
import org.shangmen.booking.domain.ServiceItem;

/** Stores categories and service items. */
public interface CatalogueStore {

    /** Creates or renames. */
    void saveCategory(Category category);

    Optional<Category> category(String code);

    List<Category> categories();

    /** Every item, retired ones included, ordered by category order, item order, name. */
    List<ServiceItem> items();

    Optional<ServiceItem> item(UUID id);

    /** The items with these ids, in one query. */
    List<ServiceItem> items(Collection<UUID> ids);

    Optional<ServiceItem> itemByCode(String code);

    List<ServiceItem> itemsOf(String categoryCode);

    /** Inserts; answers false when the code is taken. */
    boolean insert(ServiceItem item, UUID operatorId);

    /** Writes the item when the stored version is {@code expectedVersion}; answers false otherwise. */
    boolean update(ServiceItem item, int expectedVersion, UUID operatorId);
}
