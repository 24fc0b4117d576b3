package org.shangmen.complaint.adapter.out.persistence;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.shangmen.complaint.application.port.out.ComplaintStore;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintCategory;
import org.shangmen.complaint.domain.ComplaintOutcome;
import org.shangmen.complaint.domain.ComplaintStatus;
import org.shangmen.complaint.domain.ComplaintStep;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.storage.ObjectStore;
import org.shangmen.storage.ObjectStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * Complaints and their steps in the {@code complaint} schema; photos as files under
 * {@code shangmen.complaint.media-root} ({@code ./data/complaint-media}) or, with {@code shangmen.storage.provider=s3},
 * in the shared bucket under {@value #PHOTO_PREFIX}, named by photo id, with a row each.
 */
@Repository
class JdbiComplaintStore implements ComplaintStore {

    private static final String COLUMNS = "id, order_id, customer_id, worker_id, category, body, district_code, item_codes, status, "
            + "assignee_id, filed_at, answer_due_at, first_answered_at, outcome, resolution, refund_fen, penalty_id, resolved_by, "
            + "resolved_at, rating, rating_comment, rated_at, worker_statement, statement_at, version";

    private final Jdbi jdbi;
    static final String PHOTO_PREFIX = "complaint-media/";
    private final ObjectStore photos;

    JdbiComplaintStore(Jdbi jdbi, @Value("${shangmen.complaint.media-root:./data/complaint-media}") String root, ObjectStores stores) {
        this.jdbi = jdbi;
        this.photos = stores.forKind(PHOTO_PREFIX, Path.of(root), "complaint.storage-unavailable");
    }

    @Override
    public void insert(Complaint c) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO complaint.complaint (" + COLUMNS + ") VALUES (:id, :orderId, :customerId, "
                        + ":workerId, :category, :body, :district, :items, :status, :assigneeId, :filedAt, :dueAt, :answeredAt, :outcome, "
                        + ":resolution, :refundFen, :penaltyId, :resolvedBy, :resolvedAt, :rating, :ratingComment, :ratedAt, :statement, "
                        + ":statementAt, :version)")
                .bindMap(params(c)).execute());
    }

    @Override
    public boolean update(Complaint c) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE complaint.complaint SET status = :status, assignee_id = :assigneeId, "
                        + "first_answered_at = :answeredAt, outcome = :outcome, resolution = :resolution, refund_fen = :refundFen, "
                        + "penalty_id = :penaltyId, resolved_by = :resolvedBy, resolved_at = :resolvedAt, rating = :rating, "
                        + "rating_comment = :ratingComment, rated_at = :ratedAt, worker_statement = :statement, statement_at = :statementAt, "
                        + "version = :version WHERE id = :id AND version = :previous")
                .bindMap(params(c)).bind("previous", c.version() - 1).execute()) == 1;
    }

    private static java.util.Map<String, Object> params(Complaint c) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", c.id());
        p.put("orderId", c.orderId());
        p.put("customerId", c.customerId());
        p.put("workerId", c.workerId().orElse(null));
        p.put("category", c.category().name());
        p.put("body", c.text());
        p.put("district", c.districtCode());
        p.put("items", String.join(",", c.itemCodes()));
        p.put("status", c.status().name());
        p.put("assigneeId", c.assigneeId().orElse(null));
        p.put("filedAt", time(c.filedAt()));
        p.put("dueAt", time(c.answerDueAt()));
        p.put("answeredAt", c.firstAnsweredAt().map(JdbiComplaintStore::time).orElse(null));
        p.put("outcome", c.outcome().map(Enum::name).orElse(null));
        p.put("resolution", c.resolution().orElse(null));
        p.put("refundFen", c.refundFen());
        p.put("penaltyId", c.penaltyId().orElse(null));
        p.put("resolvedBy", c.resolvedBy().orElse(null));
        p.put("resolvedAt", c.resolvedAt().map(JdbiComplaintStore::time).orElse(null));
        p.put("rating", c.rating().orElse(null));
        p.put("ratingComment", c.ratingComment().orElse(null));
        p.put("ratedAt", c.ratedAt().map(JdbiComplaintStore::time).orElse(null));
        p.put("statement", c.workerStatement().orElse(null));
        p.put("statementAt", c.statementAt().map(JdbiComplaintStore::time).orElse(null));
        p.put("version", c.version());
        return p;
    }

    @Override
    public Optional<Complaint> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM complaint.complaint WHERE id = :id").bind("id", id)
                .map(JdbiComplaintStore::complaint).findOne());
    }

    @Override
    public Optional<Complaint> openOn(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM complaint.complaint WHERE order_id = :order "
                        + "AND status <> 'RESOLVED' ORDER BY filed_at LIMIT 1").bind("order", orderId)
                .map(JdbiComplaintStore::complaint).findOne());
    }

    @Override
    public Page<Complaint> queue(List<ComplaintStatus> statuses, boolean overdueOnly, Instant now, PageRequest page) {
        String where = " FROM complaint.complaint WHERE status IN (<statuses>)"
                + (overdueOnly ? " AND first_answered_at IS NULL AND answer_due_at < :now" : "");
        List<String> names = statuses.stream().map(Enum::name).toList();
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*)" + where).bindList("statuses", names).bind("now", time(now))
                    .mapTo(Long.class).one();
            List<Complaint> items = h.createQuery("SELECT " + COLUMNS + where + " ORDER BY answer_due_at, id LIMIT :limit OFFSET :offset")
                    .bindList("statuses", names).bind("now", time(now)).bind("limit", page.size())
                    .bind("offset", (long) page.page() * page.size()).map(JdbiComplaintStore::complaint).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public Page<Complaint> ofCustomer(UUID customerId, PageRequest page) {
        return pageWhere("customer_id = :who", customerId, page);
    }

    @Override
    public Page<Complaint> all(PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM complaint.complaint").mapTo(Long.class).one();
            List<Complaint> items = h.createQuery("SELECT " + COLUMNS + " FROM complaint.complaint ORDER BY filed_at, id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", (long) page.page() * page.size())
                    .map(JdbiComplaintStore::complaint).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public Page<Complaint> resolvedOfWorker(UUID workerId, PageRequest page) {
        return pageWhere("worker_id = :who AND status = 'RESOLVED'", workerId, page);
    }

    private Page<Complaint> pageWhere(String condition, UUID who, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM complaint.complaint WHERE " + condition).bind("who", who)
                    .mapTo(Long.class).one();
            List<Complaint> items = h.createQuery("SELECT " + COLUMNS + " FROM complaint.complaint WHERE " + condition
                            + " ORDER BY filed_at DESC, id LIMIT :limit OFFSET :offset")
                    .bind("who", who).bind("limit", page.size()).bind("offset", (long) page.page() * page.size())
                    .map(JdbiComplaintStore::complaint).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public void addStep(ComplaintStep s) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO complaint.complaint_step (id, complaint_id, kind, actor, actor_id, note, happened_at) "
                        + "VALUES (:id, :complaint, :kind, :actor, :actorId, :note, :at)")
                .bind("id", s.id()).bind("complaint", s.complaintId()).bind("kind", s.kind().name()).bind("actor", s.actor().name())
                .bind("actorId", s.actorId().orElse(null)).bind("note", s.note().orElse(null)).bind("at", time(s.at())).execute());
    }

    @Override
    public List<ComplaintStep> steps(UUID complaintId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, complaint_id, kind, actor, actor_id, note, happened_at "
                        + "FROM complaint.complaint_step WHERE complaint_id = :id ORDER BY happened_at, id")
                .bind("id", complaintId)
                .map((rs, ctx) -> new ComplaintStep(rs.getObject("id", UUID.class), rs.getObject("complaint_id", UUID.class),
                        ComplaintStep.Kind.valueOf(rs.getString("kind")), ComplaintStep.Actor.valueOf(rs.getString("actor")),
                        Optional.ofNullable(rs.getObject("actor_id", UUID.class)), Optional.ofNullable(rs.getString("note")),
                        instant(rs, "happened_at").orElseThrow()))
                .list());
    }

    @Override
    public boolean addPhoto(UUID photoId, UUID complaintId, int position, String contentType, byte[] content, Instant at) {
        String key = photoId + ("image/png".equals(contentType) ? ".png" : ".jpg");
        int added = jdbi.withHandle(h -> h.createUpdate("INSERT INTO complaint.complaint_photo (id, complaint_id, photo_no, content_type, "
                        + "file_key, created_at) VALUES (:id, :complaint, :no, :type, :key, :at) ON CONFLICT DO NOTHING")
                .bind("id", photoId).bind("complaint", complaintId).bind("no", position).bind("type", contentType).bind("key", key)
                .bind("at", time(at)).execute());
        if (added == 0) {
            return false;
        }
        photos.put(key, content, contentType);
        return true;
    }

    @Override
    public List<UUID> photoIds(UUID complaintId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM complaint.complaint_photo WHERE complaint_id = :id ORDER BY photo_no")
                .bind("id", complaintId).mapTo(UUID.class).list());
    }

    @Override
    public Optional<Photo> photo(UUID photoId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT complaint_id, content_type, file_key FROM complaint.complaint_photo WHERE id = :id")
                        .bind("id", photoId)
                        .map((rs, ctx) -> new String[] {rs.getString("complaint_id"), rs.getString("content_type"), rs.getString("file_key")})
                        .findOne())
                .flatMap(row -> photos.get(row[2]).map(bytes -> new Photo(photoId, UUID.fromString(row[0]), row[1], bytes)));
    }

    private static Complaint complaint(ResultSet rs, StatementContext ctx) throws SQLException {
        String items = rs.getString("item_codes");
        Integer rating = rs.getObject("rating") == null ? null : rs.getInt("rating");
        return new Complaint(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getObject("customer_id", UUID.class),
                Optional.ofNullable(rs.getObject("worker_id", UUID.class)), ComplaintCategory.valueOf(rs.getString("category")),
                rs.getString("body"), rs.getString("district_code"), items.isEmpty() ? List.of() : Arrays.asList(items.split(",")),
                ComplaintStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getObject("assignee_id", UUID.class)),
                instant(rs, "filed_at").orElseThrow(), instant(rs, "answer_due_at").orElseThrow(), instant(rs, "first_answered_at"),
                Optional.ofNullable(rs.getString("outcome")).map(ComplaintOutcome::valueOf), Optional.ofNullable(rs.getString("resolution")),
                rs.getLong("refund_fen"), Optional.ofNullable(rs.getObject("penalty_id", UUID.class)),
                Optional.ofNullable(rs.getObject("resolved_by", UUID.class)), instant(rs, "resolved_at"), Optional.ofNullable(rating),
                Optional.ofNullable(rs.getString("rating_comment")), instant(rs, "rated_at"),
                Optional.ofNullable(rs.getString("worker_statement")), instant(rs, "statement_at"), rs.getLong("version"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime time(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(java.time.ZoneOffset.UTC);
    }
}
