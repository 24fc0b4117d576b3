package org.shangmen.training.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Question;

/** Courses with their parts, and each course's question bank. */
public interface CourseStore {

    void insert(Course course, UUID createdBy);

    Optional<Course> find(UUID courseId);

    /** The course a part belongs to. */
    Optional<Course> ofPart(UUID partId);

    boolean publish(UUID courseId);

    Page<Course> page(PageRequest page);

    List<Course> published();

    void attachVideo(UUID partId, String key, int seconds);

    void insert(List<Question> questions);

    List<Question> questions(UUID courseId);

    List<Question> questions(List<UUID> ids);

    int questionCount(UUID courseId);
}
