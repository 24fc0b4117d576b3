package org.shangmen.worker.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.application.port.in.ShowWorkerPage;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.AgeBand;
import org.shangmen.worker.domain.Profile;
import org.shangmen.worker.domain.Worker;
import org.springframework.transaction.annotation.Transactional;

/** A certified worker's public page (C3.2). */
public class WorkerPageService implements ShowWorkerPage {

    private final WorkerStore workers;
    private final DocumentStore documents;
    private final ServiceAreaDirectory areas;
    private final PhotoLinks photos;
    private final Clock clock;
    private final org.shangmen.worker.application.port.out.BadgeStore badges;

    public WorkerPageService(WorkerStore workers, DocumentStore documents, ServiceAreaDirectory areas, PhotoLinks photos,
                             Clock clock, org.shangmen.worker.application.port.out.BadgeStore badges) {
        this.badges = badges;
        this.workers = workers;
        this.documents = documents;
        this.areas = areas;
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkerPage page(UUID workerId) {
        Worker worker = workers.find(workerId).filter(w -> w.mayTakeOrders(clock.instant()))
                .orElseThrow(() -> DomainException.notFound("worker.not-found"));
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        Profile p = worker.profile();
        EnumSet<CertificateType> valid = EnumSet.noneOf(CertificateType.class);
        documents.certificates(workerId).stream().filter(c -> c.isValidOn(today)).forEach(c -> valid.add(c.type()));
        List<District> districts = p.districts().stream().map(RegionCode::value).sorted()
                .map(code -> new District(code, areas.servedRegion(RegionCode.of(code))
                        .map(ServiceAreaDirectory.AreaView::name).orElse(code)))
                .toList();
        String photoUrl = worker.photoDocumentId().flatMap(documents::document)
                .map(d -> photos.link(d.storageKey())).orElse(null);
        WorkerStore.Statistics stats = workers.statistics(workerId);
        return new WorkerPage(workerId, p.realName().orElse(""), p.gender().orElse(null),
                p.birthYear().map(year -> AgeBand.of(year, today.getYear())).orElse(null), p.experienceYears(),
                p.introduction(), p.languages().stream().sorted().toList(),
                p.skills().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(p.skills())),
                p.hourlyRate().map(Money::fen).orElse(null), List.copyOf(valid), districts, stats.ratingTenths(),
                stats.ratingCount(), stats.completedOrders(), photoUrl,
                badges.badges(List.of(workerId)).getOrDefault(workerId, List.of()).stream().filter(b -> b.validOn(today)).toList());
    }
}
