package org.shangmen.notification.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.notification.domain.NoticeTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notices in {@code notification.notice}; the template's parameters as a JSON object. */
@Repository
class JdbiNoticeStore implements NoticeStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMETERS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, recipient_id, dedupe_key, template, parameters, title, body, title_en, body_en, "
            + "subject_type, subject_id, action_kind, action_state, action_expires_at, created_at, read_at";

    private final Jdbi jdbi;

    JdbiNoticeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static final String INSERT = "INSERT INTO notification.notice (" + COLUMNS + ") VALUES (:id, :recipient, "
            + ":dedupe, :template, :parameters, :title, :body, :titleEn, :bodyEn, :subjectType, :subjectId, :actionKind, "
            + ":actionState, :actionExpiresAt, :createdAt, :readAt) ON CONFLICT DO NOTHING";

    @Override
    public boolean insert(Notice n) {
        return jdbi.withHandle(h -> bind(h.createUpdate(INSERT), n).execute()) == 1;
    }

    @Override
    public List<UUID> insertAll(List<Notice> notices) {
        if (notices.size() < 2) {
            return notices.stream().filter(this::insert).map(Notice::id).toList();
        }
        return jdbi.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (Notice n : notices) {
                bind(batch, n).add();
            }
            batch.execute();
            // A batch rewritten into one statement by the driver does not say which rows it inserted: the ids do.
            Set<UUID> stored = new HashSet<>(h.createQuery("SELECT id FROM notification.notice WHERE id IN (<ids>)")
                    .bindList("ids", notices.stream().map(Notice::id).toList()).mapTo(UUID.class).list());
            return notices.stream().map(Notice::id).filter(stored::contains).toList();
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Notice n) {
        return statement.bind("id", n.id()).bind("recipient", n.recipientId()).bind("dedupe", n.dedupeKey())
                .bind("template", n.template().name()).bind("parameters", JSON.writeValueAsString(new java.util.TreeMap<>(n.parameters())))
                .bind("title", n.texts().title()).bind("body", n.texts().body())
                .bind("titleEn", n.texts().titleEn()).bind("bodyEn", n.texts().bodyEn())
                .bind("subjectType", n.subject().map(Notice.Subject::type).orElse(null))
                .bind("subjectId", n.subject().map(Notice.Subject::id).orElse(null))
                .bind("actionKind", n.action().map(NoticeAction::kind).orElse(null))
                .bind("actionState", n.action().map(a -> a.state().name()).orElse(null))
                .bind("actionExpiresAt", utc(n.action().flatMap(NoticeAction::expiresAt)))
                .bind("createdAt", utc(Optional.of(n.createdAt()))).bind("readAt", utc(n.readAt()));
    }

    @Override
    public Optional<Notice> find(UUID noticeId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM notification.notice WHERE id = :id")
                .bind("id", noticeId).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public java.util.List<Notice> findAll(java.util.Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return java.util.List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM notification.notice WHERE id IN (<ids>)")
                .bindList("ids", java.util.List.copyOf(noticeIds)).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public Optional<Notice> findFor(UUID recipientId, UUID noticeId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM notification.notice "
                        + "WHERE id = :id AND recipient_id = :recipient")
                .bind("id", noticeId).bind("recipient", recipientId).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Page<Notice> page(UUID recipientId, boolean unreadFirst, PageRequest page) {
        String order = (unreadFirst ? "CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, " : "") + "created_at DESC, id DESC";
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM notification.notice WHERE recipient_id = :recipient")
                    .bind("recipient", recipientId).mapTo(Long.class).one();
            var items = h.createQuery("SELECT " + COLUMNS + " FROM notification.notice WHERE recipient_id = :recipient "
                            + "ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                    .bind("recipient", recipientId).bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> map(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public boolean markRead(UUID recipientId, UUID noticeId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE notification.notice SET read_at = :at "
                        + "WHERE id = :id AND recipient_id = :recipient AND read_at IS NULL")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", noticeId).bind("recipient", recipientId).execute()) == 1;
    }

    @Override
    public int markAllRead(UUID recipientId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE notification.notice SET read_at = :at "
                        + "WHERE recipient_id = :recipient AND read_at IS NULL")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("recipient", recipientId).execute());
    }

    @Override
    public long unreadCount(UUID recipientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification.notice "
                        + "WHERE recipient_id = :recipient AND read_at IS NULL")
                .bind("recipient", recipientId).mapTo(Long.class).one());
    }

    @Override
    public int settleAction(UUID recipientId, Notice.Subject subject, String actionKind, NoticeAction.State state) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE notification.notice SET action_state = :state "
                        + "WHERE recipient_id = :recipient AND subject_type = :type AND subject_id = :subject "
                        + "AND action_kind = :kind AND action_state = 'PENDING'")
                .bind("state", state.name()).bind("recipient", recipientId).bind("type", subject.type())
                .bind("subject", subject.id()).bind("kind", actionKind).execute());
    }

    private static Notice map(ResultSet rs) throws SQLException {
        Map<String, String> parameters = JSON.readValue(rs.getString("parameters"), PARAMETERS);
        Optional<Notice.Subject> subject = Optional.ofNullable(rs.getString("subject_type"))
                .map(type -> new Notice.Subject(type, stringOrNull(rs, "subject_id")));
        Optional<NoticeAction> action = Optional.ofNullable(rs.getString("action_kind"))
                .map(kind -> new NoticeAction(kind, NoticeAction.State.valueOf(stringOrNull(rs, "action_state")),
                        instantOrEmpty(rs, "action_expires_at")));
        return new Notice(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class), rs.getString("dedupe_key"),
                NoticeTemplate.valueOf(rs.getString("template")), parameters,
                new NoticeTemplate.Rendered(rs.getString("title"), rs.getString("body"), rs.getString("title_en"), rs.getString("body_en")),
                subject, action, instant(rs, "created_at").orElseThrow(), instant(rs, "read_at"));
    }

    private static String stringOrNull(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Instant> instantOrEmpty(ResultSet rs, String column) {
        try {
            return instant(rs, column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static OffsetDateTime utc(Optional<Instant> instant) {
        return instant.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
    }
}
