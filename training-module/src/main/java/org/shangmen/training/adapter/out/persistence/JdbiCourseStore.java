package org.shangmen.training.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Level;
import org.shangmen.training.domain.Part;
import org.shangmen.training.domain.PartKind;
import org.shangmen.training.domain.Question;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Courses in {@code training.course} with their parts in {@code training.course_part}; the bank in {@code training.question}. */
@Repository
class JdbiCourseStore implements CourseStore {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> INTS = new TypeReference<>() {
    };

    private final Jdbi jdbi;

    JdbiCourseStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Course c, UUID createdBy) {
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO training.course (id, title, description, skill, level, min_experience, max_experience, badge_code, "
                            + "badge_label, badge_months, exam_questions, exam_minutes, pass_percent, max_attempts, retry_wait_minutes, published, "
                            + "created_by, created_at) VALUES (:id, :title, :description, :skill, :level, :min, :max, :code, :label, :months, "
                            + ":questions, :minutes, :pass, :attempts, :wait, :published, :by, :at)")
                    .bind("id", c.id()).bind("title", c.title()).bind("description", c.description()).bind("skill", c.skill())
                    .bind("level", c.level().name()).bind("min", c.minExperience()).bind("max", c.maxExperience())
                    .bind("code", c.badge().code()).bind("label", c.badge().label()).bind("months", c.badge().months())
                    .bind("questions", c.exam().questions()).bind("minutes", c.exam().minutes()).bind("pass", c.exam().passPercent())
                    .bind("attempts", c.exam().maxAttempts()).bind("wait", c.exam().retryWaitMinutes()).bind("published", c.published())
                    .bind("by", createdBy).bind("at", c.createdAt()).execute();
            for (Part p : c.parts()) {
                Optional<Part.Session> s = p.session();
                h.createUpdate("INSERT INTO training.course_part (id, course_id, position, kind, title, body, duration_seconds, video_key, place, "
                                + "address, starts_at, ends_at, trainer, capacity, cancel_hours, check_in_code, checklist) VALUES (:id, :course, "
                                + ":position, :kind, :title, :body, :duration, NULL, :place, :address, :starts, :ends, :trainer, :capacity, "
                                + ":cancel, :code, :checklist)")
                        .bind("id", p.id()).bind("course", c.id()).bind("position", p.position()).bind("kind", p.kind().name())
                        .bind("title", p.title()).bind("body", p.body()).bind("duration", p.durationSeconds())
                        .bind("place", s.map(Part.Session::place).orElse(null)).bind("address", s.map(Part.Session::address).orElse(null))
                        .bind("starts", s.map(Part.Session::startsAt).orElse(null)).bind("ends", s.map(Part.Session::endsAt).orElse(null))
                        .bind("trainer", s.map(Part.Session::trainer).orElse(null)).bind("capacity", s.map(Part.Session::capacity).orElse(0))
                        .bind("cancel", s.map(Part.Session::cancelHours).orElse(0)).bind("code", s.map(Part.Session::checkInCode).orElse(null))
                        .bind("checklist", JSON.writeValueAsString(p.checklist())).execute();
            }
        });
    }

    @Override
    public Optional<Course> find(UUID courseId) {
        return jdbi.withHandle(h -> load(h, "WHERE id = :id", Map.of("id", courseId)).stream().findFirst());
    }

    @Override
    public Optional<Course> ofPart(UUID partId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT course_id FROM training.course_part WHERE id = :id").bind("id", partId)
                        .mapTo(UUID.class).findOne())
                .flatMap(this::find);
    }

    @Override
    public boolean publish(UUID courseId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE training.course SET published = TRUE WHERE id = :id").bind("id", courseId).execute()) > 0;
    }

    @Override
    public Page<Course> page(PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM training.course").mapTo(Long.class).one();
            List<Course> items = load(h, "ORDER BY created_at DESC, id LIMIT " + page.size() + " OFFSET " + page.offset(), Map.of());
            return Page.of(items, page, total);
        });
    }

    @Override
    public List<Course> published() {
        return jdbi.withHandle(h -> load(h, "WHERE published = TRUE ORDER BY created_at, id", Map.of()));
    }

    private List<Course> load(Handle h, String where, Map<String, Object> binds) {
        var query = h.createQuery("SELECT * FROM training.course " + where);
        binds.forEach(query::bind);
        List<Course> heads = query.map((rs, ctx) -> course(rs, List.of())).list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<UUID, List<Part>> parts = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM training.course_part WHERE course_id IN (<ids>) ORDER BY course_id, position")
                .bindList("ids", heads.stream().map(Course::id).toList())
                .map((rs, ctx) -> parts.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>()).add(part(rs)))
                .list();
        return heads.stream().map(c -> new Course(c.id(), c.title(), c.description(), c.skill(), c.level(), c.minExperience(), c.maxExperience(),
                c.badge(), c.exam(), c.published(), parts.getOrDefault(c.id(), List.of()), c.createdAt())).toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Course course(ResultSet rs, List<Part> parts) throws SQLException {
        return new Course(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"), rs.getString("skill"),
                Level.valueOf(rs.getString("level")), rs.getInt("min_experience"), rs.getInt("max_experience"),
                new Course.Badge(rs.getString("badge_code"), rs.getString("badge_label"), rs.getInt("badge_months")),
                new Course.Exam(rs.getInt("exam_questions"), rs.getInt("exam_minutes"), rs.getInt("pass_percent"), rs.getInt("max_attempts"),
                        rs.getInt("retry_wait_minutes")), rs.getBoolean("published"), parts, instant(rs, "created_at"));
    }

    private static Part part(ResultSet rs) throws SQLException {
        PartKind kind = PartKind.valueOf(rs.getString("kind"));
        Optional<Part.Session> session = kind == PartKind.SESSION
                ? Optional.of(new Part.Session(rs.getString("place"), rs.getString("address"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                rs.getString("trainer"), rs.getInt("capacity"), rs.getInt("cancel_hours"), rs.getString("check_in_code")))
                : Optional.empty();
        return new Part(rs.getObject("id", UUID.class), rs.getInt("position"), kind, rs.getString("title"), rs.getString("body"),
                rs.getInt("duration_seconds"), Optional.ofNullable(rs.getString("video_key")), session,
                JSON.readValue(rs.getString("checklist"), STRINGS));
    }

    @Override
    public void attachVideo(UUID partId, String key, int seconds) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE training.course_part SET video_key = :key, duration_seconds = :seconds WHERE id = :id")
                .bind("key", key).bind("seconds", seconds).bind("id", partId).execute());
    }

    @Override
    public void insert(List<Question> questions) {
        jdbi.useHandle(h -> {
            for (Question q : questions) {
                h.createUpdate("INSERT INTO training.question (id, course_id, kind, prompt, options, correct) "
                                + "VALUES (:id, :course, :kind, :prompt, :options, :correct)")
                        .bind("id", q.id()).bind("course", q.courseId()).bind("kind", q.kind().name()).bind("prompt", q.prompt())
                        .bind("options", JSON.writeValueAsString(q.options()))
                        .bind("correct", JSON.writeValueAsString(q.correct().stream().sorted().toList())).execute();
            }
        });
    }

    @Override
    public List<Question> questions(UUID courseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.question WHERE course_id = :id ORDER BY id").bind("id", courseId)
                .map((rs, ctx) -> question(rs)).list());
    }

    @Override
    public List<Question> questions(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.question WHERE id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> question(rs)).list());
    }

    private static Question question(ResultSet rs) throws SQLException {
        return new Question(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), Question.Kind.valueOf(rs.getString("kind")),
                rs.getString("prompt"), JSON.readValue(rs.getString("options"), STRINGS),
                new HashSet<>(JSON.readValue(rs.getString("correct"), INTS)));
    }

    @Override
    public int questionCount(UUID courseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM training.question WHERE course_id = :id").bind("id", courseId)
                .mapTo(Integer.class).one());
    }
}
