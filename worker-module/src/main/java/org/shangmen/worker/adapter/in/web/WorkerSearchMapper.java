package org.shangmen.worker.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.worker.adapter.in.web.WorkerSearchController.WorkerResponse;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;

/** A search result as the public sees it. */
@Mapper
interface WorkerSearchMapper {

    @Mapping(target = "hourlyRateFen", source = "hourlyRate.fen")
    @Mapping(target = "currency", expression = "java(org.shangmen.kernel.Money.CURRENCY)")
    WorkerResponse toResponse(WorkerCard card);
}
