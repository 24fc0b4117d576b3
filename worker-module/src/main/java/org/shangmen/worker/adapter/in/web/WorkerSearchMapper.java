package org.shangmen.worker.adapter.in.web;

import java.util.List;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.worker.adapter.in.web.Labels.Labelled;
import org.shangmen.worker.adapter.in.web.WorkerPageController.WorkerPageResponse;
import org.shangmen.worker.adapter.in.web.WorkerSearchController.WorkerResponse;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;
import org.shangmen.worker.application.port.in.ShowWorkerPage.District;
import org.shangmen.worker.application.port.in.ShowWorkerPage.WorkerPage;

/** Workers as the public sees them, in search rows and on their page, each code with its label. */
@Mapper
interface WorkerSearchMapper {

    @Mapping(target = "hourlyRateFen", source = "card.hourlyRate.fen")
    @Mapping(target = "currency", expression = "java(org.shangmen.kernel.Money.CURRENCY)")
    @Mapping(target = "genderLabel", expression = "java(labels.of(\"gender\", card.gender()))")
    @Mapping(target = "skillLabels", expression = "java(labels.all(\"skill\", card.skills()))")
    @Mapping(target = "certificateLabels", expression = "java(labels.all(\"certificate\", card.certificates()))")
    @Mapping(target = "districtNames", expression = "java(labels.districts(card.districts()))")
    WorkerResponse toResponse(WorkerCard card, @Context Labels labels);

    @Mapping(target = "currency", expression = "java(org.shangmen.kernel.Money.CURRENCY)")
    @Mapping(target = "genderLabel", expression = "java(labels.of(\"gender\", page.gender()))")
    WorkerPageResponse toResponse(WorkerPage page, @Context Labels labels);

    default List<Labelled> skills(List<Skill> skills, @Context Labels labels) {
        return labels.labelled("skill", skills);
    }

    default List<Labelled> certificates(List<CertificateType> certificates, @Context Labels labels) {
        return labels.labelled("certificate", certificates);
    }

    default List<Labelled> districts(List<District> districts) {
        return districts.stream().map(d -> new Labelled(d.code(), d.name())).toList();
    }
}
