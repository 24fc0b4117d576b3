package org.shangmen.training.application.port.in;

import java.util.List;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.application.port.out.EnrolmentStore.Homework;
import org.shangmen.training.application.port.out.EnrolmentStore.Seat;

/** W4.2 trainers' work: grading homework, recording attendance, grading practical demonstrations. */
public interface TrainerDesk {

    Page<Homework> ungradedHomework(PageRequest page);

    Homework gradeHomework(UUID trainerId, UUID homeworkId, boolean passed, String comment);

    List<Seat> roster(UUID partId);

    Seat recordAttendance(UUID partId, UUID workerId);

    /** {@code checked}: indexes of the checklist items the worker demonstrated; passing needs every one. */
    boolean gradePractical(UUID trainerId, UUID partId, UUID workerId, List<Integer> checked, String comment);
}
