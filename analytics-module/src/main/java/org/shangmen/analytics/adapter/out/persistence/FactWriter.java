package org.shangmen.analytics.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.shangmen.analytics.domain.Fact;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;

/**
 * Applies a batch of facts on one handle, a few statements per kind of fact rather than per fact: one JDBC batch
 * per statement, rows in key order (so that concurrent batches lock in one order). Writes either the live store
 * (schema {@code analytics}, marking the days the facts touch for the rollups) or the copy a rebuild fills
 * ({@code analytics_rebuild}: orders, reviews, complaints, quotes, each customer's first month and the workers'
 * profiles; views and the other dimensions are the live store's alone). Every write is the same upsert as for one
 * fact, so a batch gives the facts its events would give one by one, in any order.
 */
final class FactWriter {

    static final String LIVE = "analytics";
    static final String COPY = "analytics_rebuild";

    private final Handle h;
    private final String s;
    private final boolean live;
    private final Set<UUID> orders = new TreeSet<>();
    private final Set<UUID> customers = new TreeSet<>();
    private final Set<UUID> workers = new TreeSet<>();
    private final Set<LocalDate> days = new TreeSet<>();

    FactWriter(Handle h, String schema) {
        this.h = h;
        this.s = schema;
        this.live = LIVE.equals(schema);
    }

    /** Writes the facts, grouped by kind, then (live) marks every day they touch. */
    void apply(List<Fact> facts) {
        Map<Class<?>, List<Fact>> byKind = new LinkedHashMap<>();
        for (Fact f : facts) {
            byKind.computeIfAbsent(f.getClass(), k -> new ArrayList<>()).add(f);
        }
        new OrderStageWrites(h, s, orders, customers).apply(of(byKind, OrderStage.class));
        reviews(of(byKind, Fact.Review.class));
        complaintsFiled(of(byKind, Facts.ComplaintFiled.class));
        complaintsResolved(of(byKind, Facts.ComplaintResolved.class));
        for (Facts.WorkerProfile w : of(byKind, Facts.WorkerProfile.class)) {
            worker(w);
        }
        quotes(of(byKind, Facts.QuoteFact.class));
        if (live) {
            views(of(byKind, Facts.ViewFact.class));
            customersRegistered(of(byKind, Fact.CustomerRegistered.class));
            birthYears(of(byKind, Fact.BirthYear.class));
            penalties(of(byKind, Fact.WorkerPenalized.class));
            mark();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Fact> List<T> of(Map<Class<?>, List<Fact>> byKind, Class<T> kind) {
        return (List<T>) (List<?>) byKind.getOrDefault(kind, List.of());
    }

    private String t(String table) {
        return s + "." + table;
    }

    /** Each review's latest version of the batch, kept unless a later one is already kept; its words replaced with it. */
    private void reviews(List<Fact.Review> all) {
        if (all.isEmpty()) {
            return;
        }
        Map<UUID, Fact.Review> latest = new TreeMap<>();
        for (Fact.Review r : all) {
            latest.merge(r.review().orderId(), r, (a, b) -> b.review().updatedAt().isBefore(a.review().updatedAt()) ? a : b);
        }
        List<Fact.Review> reviews = new ArrayList<>(latest.values());
        PreparedBatch insert = h.prepareBatch("INSERT INTO " + t("review_fact") + " (order_id, customer_id, worker_id, attitude, skill, "
                + "efficiency, punctuality, overall, review_text, hidden, created_at, updated_at, review_day) VALUES (:id, :customer, :worker, "
                + ":attitude, :skill, :efficiency, :punctuality, :overall, :text, :hidden, :created, :updated, :day) ON CONFLICT DO NOTHING");
        reviews.forEach(r -> insert.bindMap(values(r.review())).add());
        int[] inserted = insert.execute();
        List<Fact.Review> existing = new ArrayList<>();
        List<Fact.Review> changed = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            (inserted[i] == 1 ? changed : existing).add(reviews.get(i));
        }
        if (!existing.isEmpty()) {
            PreparedBatch update = h.prepareBatch("UPDATE " + t("review_fact") + " SET attitude = :attitude, skill = :skill, "
                    + "efficiency = :efficiency, punctuality = :punctuality, overall = :overall, review_text = :text, hidden = :hidden, "
                    + "updated_at = :updated WHERE order_id = :id AND updated_at <= :updated");
            existing.forEach(r -> update.bindMap(values(r.review())).add());
            int[] updated = update.execute();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] > 0) {
                    changed.add(existing.get(i));
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        changed.sort(Comparator.comparing(r -> r.review().orderId()));
        PreparedBatch forget = h.prepareBatch("DELETE FROM " + t("review_word") + " WHERE order_id = :id");
        changed.forEach(r -> forget.bind("id", r.review().orderId()).add());
        forget.execute();
        PreparedBatch words = h.prepareBatch("INSERT INTO " + t("review_word") + " (order_id, word, hits) VALUES (:id, :word, :hits)");
        int rows = 0;
        for (Fact.Review r : changed) {
            for (Map.Entry<String, Integer> word : new TreeMap<>(r.words()).entrySet()) {
                words.bind("id", r.review().orderId()).bind("word", word.getKey()).bind("hits", word.getValue()).add();
                rows++;
            }
            orders.add(r.review().orderId());
        }
        if (rows > 0) {
            words.execute();
        }
    }

    private static Map<String, Object> values(Facts.ReviewFact r) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", r.orderId());
        values.put("customer", r.customerId());
        values.put("worker", r.workerId());
        values.put("attitude", r.attitude());
        values.put("skill", r.skill());
        values.put("efficiency", r.efficiency());
        values.put("punctuality", r.punctuality());
        values.put("overall", r.overall());
        values.put("text", r.text());
        values.put("hidden", r.hidden());
        values.put("created", r.createdAt());
        values.put("updated", r.updatedAt());
        values.put("day", Facts.day(r.createdAt()));
        return values;
    }

    private void ensureComplaints(List<UUID[]> idAndOrder) {
        PreparedBatch exist = h.prepareBatch("INSERT INTO " + t("complaint_fact") + " (complaint_id, order_id) VALUES (:id, :order) "
                + "ON CONFLICT DO NOTHING");
        idAndOrder.forEach(p -> exist.bind("id", p[0]).bind("order", p[1]).add());
        exist.execute();
        idAndOrder.forEach(p -> orders.add(p[1]));
    }

    private void complaintsFiled(List<Facts.ComplaintFiled> filed) {
        if (filed.isEmpty()) {
            return;
        }
        filed = filed.stream().sorted(Comparator.comparing(Facts.ComplaintFiled::complaintId)).toList();
        ensureComplaints(filed.stream().map(c -> new UUID[] {c.complaintId(), c.orderId()}).toList());
        PreparedBatch update = h.prepareBatch("UPDATE " + t("complaint_fact") + " SET customer_id = COALESCE(customer_id, CAST(:customer AS UUID)), "
                + "worker_id = COALESCE(worker_id, CAST(:worker AS UUID)), category = :category, district_code = :district, city_code = :city, "
                + "filed_at = :at, filed_day = :day WHERE complaint_id = :id");
        filed.forEach(c -> update.bind("id", c.complaintId()).bind("customer", c.customerId()).bind("worker", c.workerId())
                .bind("category", c.category()).bind("district", c.districtCode()).bind("city", Facts.city(c.districtCode()))
                .bind("at", c.at()).bind("day", Facts.day(c.at())).add());
        update.execute();
    }

    private void complaintsResolved(List<Facts.ComplaintResolved> resolved) {
        if (resolved.isEmpty()) {
            return;
        }
        resolved = resolved.stream().sorted(Comparator.comparing(Facts.ComplaintResolved::complaintId)).toList();
        ensureComplaints(resolved.stream().map(c -> new UUID[] {c.complaintId(), c.orderId()}).toList());
        PreparedBatch update = h.prepareBatch("UPDATE " + t("complaint_fact") + " SET customer_id = COALESCE(customer_id, CAST(:customer AS UUID)), "
                + "worker_id = COALESCE(worker_id, CAST(:worker AS UUID)), filed_at = COALESCE(filed_at, :filed), filed_day = COALESCE(filed_day, :day), "
                + "resolved_at = :at, outcome = :outcome, worker_at_fault = :fault, refund_fen = :refund WHERE complaint_id = :id");
        resolved.forEach(c -> update.bind("id", c.complaintId()).bind("customer", c.customerId()).bind("worker", c.workerId())
                .bind("filed", c.filedAt()).bind("day", Facts.day(c.filedAt())).bind("at", c.at()).bind("outcome", c.outcome())
                .bind("fault", c.workerAtFault()).bind("refund", c.refundFen()).add());
        update.execute();
    }

    private void worker(Facts.WorkerProfile w) {
        h.createUpdate("INSERT INTO " + t("worker_dim") + " (worker_id) VALUES (:id) ON CONFLICT DO NOTHING").bind("id", w.workerId()).execute();
        h.createUpdate("UPDATE " + t("worker_dim") + " SET certified_at = :at, experience_years = :years, district_code = CAST(:district AS VARCHAR(6)) "
                        + "WHERE worker_id = :id")
                .bind("id", w.workerId()).bind("at", w.certifiedAt()).bind("years", w.experienceYears())
                .bind("district", w.districtCode().orElse(null)).execute();
        h.createUpdate("DELETE FROM " + t("worker_skill") + " WHERE worker_id = :id").bind("id", w.workerId()).execute();
        for (String skill : new TreeSet<>(w.skills())) {
            h.createUpdate("INSERT INTO " + t("worker_skill") + " (worker_id, skill) VALUES (:id, :skill)").bind("id", w.workerId())
                    .bind("skill", skill).execute();
        }
        workers.add(w.workerId());
    }

    private void quotes(List<Facts.QuoteFact> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        quotes = quotes.stream().sorted(Comparator.comparing(Facts.QuoteFact::quoteId)).toList();
        PreparedBatch insert = h.prepareBatch("INSERT INTO " + t("quote_fact") + " (quote_id, customer_id, district_code, city_code, item_codes, "
                + "total_fen, discount_fen, quoted_at, quoted_day) VALUES (:id, :customer, :district, :city, :items, :total, :discount, :at, :day) "
                + "ON CONFLICT DO NOTHING");
        PreparedBatch items = h.prepareBatch("INSERT INTO " + t("quote_item") + " (quote_id, item_code) VALUES (:id, :item) ON CONFLICT DO NOTHING");
        int rows = 0;
        for (Facts.QuoteFact q : quotes) {
            insert.bind("id", q.quoteId()).bind("customer", q.customerId().orElse(null)).bind("district", q.districtCode())
                    .bind("city", Facts.city(q.districtCode())).bind("items", "," + String.join(",", q.itemCodes()) + ",")
                    .bind("total", q.totalFen()).bind("discount", q.discountFen()).bind("at", q.at()).bind("day", Facts.day(q.at())).add();
            for (String item : new TreeSet<>(q.itemCodes())) {
                items.bind("id", q.quoteId()).bind("item", item).add();
                rows++;
            }
            days.add(Facts.day(q.at()));
        }
        insert.execute();
        if (rows > 0) {
            items.execute();
        }
    }

    private void views(List<Facts.ViewFact> views) {
        if (views.isEmpty()) {
            return;
        }
        views = views.stream().sorted(Comparator.comparing(Facts.ViewFact::viewId)).toList();
        PreparedBatch insert = h.prepareBatch("INSERT INTO " + t("view_fact") + " (view_id, kind, order_id, customer_id, district_code, city_code, "
                + "viewed_at, viewed_day) VALUES (:id, :kind, :order, :customer, :district, :city, :at, :day) ON CONFLICT DO NOTHING");
        PreparedBatch items = h.prepareBatch("INSERT INTO " + t("view_item") + " (view_id, item_code) VALUES (:id, :item) ON CONFLICT DO NOTHING");
        int rows = 0;
        for (Facts.ViewFact v : views) {
            String district = v.districtCode().orElse(null);
            insert.bind("id", v.viewId()).bind("kind", v.kind().name()).bind("order", v.orderId().orElse(null))
                    .bind("customer", v.customerId().orElse(null)).bind("district", district).bind("city", Facts.city(district))
                    .bind("at", v.at()).bind("day", Facts.day(v.at())).add();
            for (String item : new TreeSet<>(v.itemCodes())) {
                items.bind("id", v.viewId()).bind("item", item).add();
                rows++;
            }
        }
        insert.execute();
        if (rows > 0) {
            items.execute();
        }
    }

    private void customersRegistered(List<Fact.CustomerRegistered> registered) {
        if (registered.isEmpty()) {
            return;
        }
        registered = registered.stream().sorted(Comparator.comparing(Fact.CustomerRegistered::customerId)).toList();
        PreparedBatch known = h.prepareBatch("INSERT INTO " + t("customer_dim") + " (customer_id) VALUES (:id) ON CONFLICT DO NOTHING");
        registered.forEach(c -> known.bind("id", c.customerId()).add());
        known.execute();
        PreparedBatch update = h.prepareBatch("UPDATE " + t("customer_dim") + " SET registered_at = :at WHERE customer_id = :id "
                + "AND (registered_at IS NULL OR registered_at > :at)");
        registered.forEach(c -> update.bind("id", c.customerId()).bind("at", c.at()).add());
        update.execute();
    }

    private void birthYears(List<Fact.BirthYear> given) {
        if (given.isEmpty()) {
            return;
        }
        given = given.stream().sorted(Comparator.comparing(Fact.BirthYear::customerId).thenComparing(Fact.BirthYear::at)).toList();
        PreparedBatch known = h.prepareBatch("INSERT INTO " + t("customer_dim") + " (customer_id) VALUES (:id) ON CONFLICT DO NOTHING");
        given.forEach(c -> known.bind("id", c.customerId()).add());
        known.execute();
        PreparedBatch update = h.prepareBatch("UPDATE " + t("customer_dim") + " SET birth_year = CAST(:year AS INT), birth_year_at = :at "
                + "WHERE customer_id = :id AND (birth_year_at IS NULL OR birth_year_at <= :at)");
        given.forEach(c -> update.bind("id", c.customerId()).bind("year", c.birthYear().orElse(null)).bind("at", c.at()).add());
        update.execute();
    }

    private void penalties(List<Fact.WorkerPenalized> penalties) {
        if (penalties.isEmpty()) {
            return;
        }
        penalties = penalties.stream().sorted(Comparator.comparing(Fact.WorkerPenalized::workerId)).toList();
        PreparedBatch known = h.prepareBatch("INSERT INTO " + t("worker_dim") + " (worker_id) VALUES (:id) ON CONFLICT DO NOTHING");
        penalties.forEach(p -> known.bind("id", p.workerId()).add());
        known.execute();
        PreparedBatch add = h.prepareBatch("UPDATE " + t("worker_dim") + " SET penalties = penalties + 1 WHERE worker_id = :id");
        penalties.forEach(p -> add.bind("id", p.workerId()).add());
        add.execute();
    }

    /**
     * Marks every day the batch's facts touch, as the one-fact writes do: each order's submission, completion,
     * review and complaint days; every day a customer whose first month moved ordered on; all of a changed worker's days.
     */
    private void mark() {
        if (!orders.isEmpty()) {
            for (List<UUID> chunk : chunks(new ArrayList<>(orders))) {
                days.addAll(h.createQuery("SELECT submitted_day d FROM analytics.order_fact WHERE order_id IN (<ids>) "
                                + "UNION SELECT completed_day FROM analytics.order_fact WHERE order_id IN (<ids>) "
                                + "UNION SELECT review_day FROM analytics.review_fact WHERE order_id IN (<ids>) "
                                + "UNION SELECT filed_day FROM analytics.complaint_fact WHERE order_id IN (<ids>)")
                        .bindList("ids", chunk).mapTo(LocalDate.class).list().stream().filter(java.util.Objects::nonNull).toList());
            }
        }
        if (!customers.isEmpty()) {
            for (List<UUID> chunk : chunks(new ArrayList<>(customers))) {
                days.addAll(h.createQuery("SELECT submitted_day FROM analytics.order_fact WHERE customer_id IN (<ids>) AND submitted_day IS NOT NULL")
                        .bindList("ids", chunk).mapTo(LocalDate.class).list().stream().filter(java.util.Objects::nonNull).toList());
            }
        }
        for (UUID worker : workers) {
            Rollups.markWorker(h, worker);
        }
        Rollups.mark(h, days);
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1_000) {
            out.add(all.subList(i, Math.min(all.size(), i + 1_000)));
        }
        return out;
    }
}
