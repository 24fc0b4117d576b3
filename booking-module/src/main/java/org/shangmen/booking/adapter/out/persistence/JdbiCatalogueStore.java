package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shangmen.booking.api.ItemStatus;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.domain.Category;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Categories in {@code booking.category}, items in {@code booking.service_item}. An item's options and
 * standards are JSON text: they are read and written whole, never queried inside.
 */
@Repository
class JdbiCatalogueStore implements CatalogueStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<OptionSpec>> OPTIONS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String ITEM_COLUMNS = "i.id, i.code, i.category_code, i.name, i.description, i.standards, i.pricing_unit, "
            + "i.base_price_fen, i.minimum_minutes, i.typical_minutes, i.skill, i.certificates, i.sort_order, i.status, i.options, "
            + "i.version, i.updated_at";
    private static final String ITEMS = "SELECT " + ITEM_COLUMNS + " FROM booking.service_item i "
            + "JOIN booking.category c ON c.code = i.category_code ";
    private static final String ORDER = " ORDER BY c.sort_order, c.code, i.sort_order, i.name, i.id";

    private final Jdbi jdbi;
    private final Clock clock;

    JdbiCatalogueStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void saveCategory(Category c) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE booking.category SET name = :name, sort_order = :sortOrder WHERE code = :code")
                    .bind("code", c.code()).bind("name", c.name()).bind("sortOrder", c.sortOrder()).execute();
            if (updated == 0) {
                int inserted = h.createUpdate("INSERT INTO booking.category (code, name, sort_order) VALUES (:code, :name, :sortOrder) "
                                + "ON CONFLICT DO NOTHING")
                        .bind("code", c.code()).bind("name", c.name()).bind("sortOrder", c.sortOrder()).execute();
                if (inserted == 0) {
                    // Inserted concurrently by another request: apply ours on top.
                    h.createUpdate("UPDATE booking.category SET name = :name, sort_order = :sortOrder WHERE code = :code")
                            .bind("code", c.code()).bind("name", c.name()).bind("sortOrder", c.sortOrder()).execute();
                }
            }
        });
    }

    @Override
    public Optional<Category> category(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name, sort_order FROM booking.category WHERE code = :code")
                .bind("code", code).map((rs, ctx) -> category(rs)).findOne());
    }

    @Override
    public List<Category> categories() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name, sort_order FROM booking.category ORDER BY sort_order, code")
                .map((rs, ctx) -> category(rs)).list());
    }

    @Override
    public List<ServiceItem> items() {
        return jdbi.withHandle(h -> h.createQuery(ITEMS + ORDER).map(JdbiCatalogueStore::item).list());
    }

    @Override
    public Optional<ServiceItem> item(UUID id) {
        return jdbi.withHandle(h -> h.createQuery(ITEMS + "WHERE i.id = :id").bind("id", id).map(JdbiCatalogueStore::item).findOne());
    }

    @Override
    public List<ServiceItem> items(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(ITEMS + "WHERE i.id IN (<ids>)" + ORDER).bindList("ids", List.copyOf(ids))
                .map(JdbiCatalogueStore::item).list());
    }

    @Override
    public Optional<ServiceItem> itemByCode(String code) {
        return jdbi.withHandle(h -> h.createQuery(ITEMS + "WHERE i.code = :code").bind("code", code)
                .map(JdbiCatalogueStore::item).findOne());
    }

    @Override
    public List<ServiceItem> itemsOf(String categoryCode) {
        return jdbi.withHandle(h -> h.createQuery(ITEMS + "WHERE i.category_code = :category" + ORDER).bind("category", categoryCode)
                .map(JdbiCatalogueStore::item).list());
    }

    @Override
    public boolean insert(ServiceItem item, UUID operatorId) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO booking.service_item (id, code, category_code, name, description, "
                        + "standards, pricing_unit, base_price_fen, minimum_minutes, typical_minutes, skill, certificates, sort_order, "
                        + "status, options, version, updated_by, created_at, updated_at) VALUES (:id, :code, :categoryCode, :name, "
                        + ":description, :standards, :unit, :basePriceFen, :minimumMinutes, :typicalMinutes, :skill, :certificates, "
                        + ":sortOrder, :status, :options, :version, :operator, :now, :updatedAt) ON CONFLICT DO NOTHING")
                .bindMap(values(item)).bind("operator", operatorId).bind("now", clock.instant())
                .execute()) == 1;
    }

    @Override
    public boolean update(ServiceItem item, int expectedVersion, UUID operatorId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE booking.service_item SET category_code = :categoryCode, name = :name, "
                        + "description = :description, standards = :standards, pricing_unit = :unit, base_price_fen = :basePriceFen, "
                        + "minimum_minutes = :minimumMinutes, typical_minutes = :typicalMinutes, skill = :skill, "
                        + "certificates = :certificates, sort_order = :sortOrder, status = :status, options = :options, "
                        + "version = :version, updated_by = :operator, updated_at = :updatedAt "
                        + "WHERE id = :id AND version = :expectedVersion")
                .bindMap(values(item)).bind("operator", operatorId).bind("expectedVersion", expectedVersion)
                .execute()) == 1;
    }

    private static java.util.Map<String, Object> values(ServiceItem i) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        v.put("id", i.id());
        v.put("code", i.code());
        v.put("categoryCode", i.categoryCode());
        v.put("name", i.name());
        v.put("description", i.description());
        v.put("standards", JSON.writeValueAsString(i.standards()));
        v.put("unit", i.unit().name());
        v.put("basePriceFen", i.basePriceFen());
        v.put("minimumMinutes", i.minimumMinutes());
        v.put("typicalMinutes", i.typicalMinutes());
        v.put("skill", i.skill().name());
        v.put("certificates", i.requiredCertificates().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        v.put("sortOrder", i.sortOrder());
        v.put("status", i.status().name());
        v.put("options", JSON.writeValueAsString(i.options()));
        v.put("version", i.version());
        v.put("updatedAt", i.updatedAt());
        return v;
    }

    private static Category category(ResultSet rs) throws SQLException {
        return new Category(rs.getString("code"), rs.getString("name"), rs.getInt("sort_order"));
    }

    private static ServiceItem item(ResultSet rs, StatementContext ctx) throws SQLException {
        String certificates = rs.getString("certificates");
        Set<CertificateType> required = certificates == null || certificates.isBlank() ? Set.of()
                : Arrays.stream(certificates.split(",")).map(CertificateType::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CertificateType.class)));
        return new ServiceItem(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("category_code"),
                rs.getString("name"), rs.getString("description"), JSON.readValue(rs.getString("standards"), STRINGS),
                PricingUnit.valueOf(rs.getString("pricing_unit")), rs.getLong("base_price_fen"), rs.getInt("minimum_minutes"),
                rs.getInt("typical_minutes"), Skill.valueOf(rs.getString("skill")), required, rs.getInt("sort_order"),
                ItemStatus.valueOf(rs.getString("status")), JSON.readValue(rs.getString("options"), OPTIONS), rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
