package org.shangmen.worker.adapter.in.web;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.worker.adapter.in.web.WorkerProfileController.WorkerProfileResponse;
import org.shangmen.worker.application.port.in.WorkerView;

/** The worker's own profile, with the labels of its work state, skills and what is still missing. */
@Mapper
interface WorkerProfileMapper {

    @Mapping(target = "certificationLabel", expression = "java(labels.of(\"certification\", view.certification()))")
    @Mapping(target = "standingLabel", expression = "java(labels.of(\"standing\", view.standing()))")
    @Mapping(target = "workStateLabel", expression = "java(labels.of(\"work-state\", view.workState()))")
    @Mapping(target = "skillLabels", expression = "java(labels.byCode(\"skill\", view.skills()))")
    @Mapping(target = "certificateLabels", expression = "java(labels.byCode(\"certificate\", "
            + "view.certificates().stream().map(c -> c.type()).distinct().toList()))")
    @Mapping(target = "districtNames", expression = "java(labels.districtNamesOf(view.districts()))")
    @Mapping(target = "missingForSubmissionLabels", expression = "java(labels.all(\"missing\", view.missingForSubmission()))")
    WorkerProfileResponse toResponse(WorkerView view, @Context Labels labels);
}
