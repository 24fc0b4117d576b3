package org.shangmen.complaint.adapter.in.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.complaint.application.port.in.ComplaintDetail;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintStep;
import org.shangmen.web.WebViews;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A2.1 complaints as each reader sees them: the customer their progress and outcome, the worker the
 * resolved complaint and their statement, operators everything. Codes come with their Chinese labels;
 * times in the city's offset; photos as short-lived signed links.
 */
@Mapper(componentModel = "spring")
abstract class ComplaintViews extends WebViews {

    enum Reader { CUSTOMER, WORKER, OPERATOR }

    @Autowired
    ComplaintPhotoLinks links;

    @Autowired
    Clock clock;

    /** One step of the complaint's record. */
    record StepView(String kind, String kindLabel, String actor, String actorLabel, String note, OffsetDateTime at) {
    }

    /** A complaint in a list. */
    record ComplaintSummary(UUID id, UUID orderId, String category, String categoryLabel, String status, String statusLabel,
                            OffsetDateTime filedAt, OffsetDateTime answerDueAt, boolean overdue, OffsetDateTime firstAnsweredAt,
                            UUID assigneeId, String outcome, String outcomeLabel) {
    }

    /**
     * One complaint; fields a reader may not see are null: the customer's id only for operators, the
     * assignee and penalty only for operators, the worker's statement for the worker and operators.
     */
    record ComplaintView(UUID id, UUID orderId, UUID customerId, UUID workerId, String category, String categoryLabel, String text,
                         String status, String statusLabel, OffsetDateTime filedAt, OffsetDateTime answerDueAt, boolean overdue,
                         OffsetDateTime firstAnsweredAt, UUID assigneeId, String outcome, String outcomeLabel, String resolution,
                         long refundFen, String currency, UUID penaltyId, OffsetDateTime resolvedAt, Integer rating, String ratingComment,
                         String workerStatement, OffsetDateTime statementAt, List<String> photoUrls, List<StepView> steps) {
    }

    @Mapping(target = "kind", expression = "java(step.kind().name())")
    @Mapping(target = "kindLabel", expression = "java(label(\"complaint-step.\" + step.kind().name(), locale))")
    @Mapping(target = "actor", expression = "java(step.actor().name())")
    @Mapping(target = "actorLabel", expression = "java(label(\"complaint-actor.\" + step.actor().name(), locale))")
    abstract StepView step(ComplaintStep step, @Context Locale locale);

    ComplaintSummary summary(Complaint c, Locale locale) {
        return new ComplaintSummary(c.id(), c.orderId(), c.category().name(), label("complaint-category." + c.category().name(), locale),
                c.status().name(), label("complaint-status." + c.status().name(), locale), at(c.filedAt()), at(c.answerDueAt()),
                c.overdue(clock.instant()), at(c.firstAnsweredAt()), c.assigneeId().orElse(null), c.outcome().map(Enum::name).orElse(null),
                c.outcome().map(o -> label("complaint-outcome." + o.name(), locale)).orElse(null));
    }

    ComplaintView view(ComplaintDetail detail, Reader reader, Locale locale) {
        Complaint c = detail.complaint();
        boolean operator = reader == Reader.OPERATOR;
        return new ComplaintView(c.id(), c.orderId(), operator ? c.customerId() : null, reader == Reader.CUSTOMER ? null : c.workerId().orElse(null),
                c.category().name(), label("complaint-category." + c.category().name(), locale), c.text(),
                c.status().name(), label("complaint-status." + c.status().name(), locale), at(c.filedAt()), at(c.answerDueAt()),
                c.overdue(clock.instant()), at(c.firstAnsweredAt()), operator ? c.assigneeId().orElse(null) : null,
                c.outcome().map(Enum::name).orElse(null), c.outcome().map(o -> label("complaint-outcome." + o.name(), locale)).orElse(null),
                c.resolution().orElse(null), c.refundFen(), "CNY", operator ? c.penaltyId().orElse(null) : null, at(c.resolvedAt()),
                c.rating().orElse(null), c.ratingComment().orElse(null),
                reader == Reader.CUSTOMER ? null : c.workerStatement().orElse(null), reader == Reader.CUSTOMER ? null : at(c.statementAt()),
                detail.photoIds().stream().map(links::link).toList(),
                detail.steps().stream().map(s -> operator ? s : withoutOperatorNote(s)).map(s -> step(s, locale)).toList());
    }

    /** Outside operators, an assignment names nobody. */
    private static ComplaintStep withoutOperatorNote(ComplaintStep s) {
        return s.kind() == ComplaintStep.Kind.ASSIGNED ? new ComplaintStep(s.id(), s.complaintId(), s.kind(), s.actor(),
                java.util.Optional.empty(), java.util.Optional.empty(), s.at()) : s;
    }
}
