package org.shangmen.worker.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.worker.api.CertificateType;

/** W1.2: a worker's way to certification: certificates, face check, submission for review. */
public interface CertifyWorker {

    WorkerView addCertificate(UUID workerId, CertificateCommand command, byte[] scan);

    WorkerView removeCertificate(UUID workerId, UUID certificateId);

    WorkerView consentToFaceCheck(UUID workerId);

    WorkerView checkFace(UUID workerId, byte[] livePhoto);

    WorkerView submit(UUID workerId, boolean manualIdentityCheck);

    /** A short-lived link to one of the worker's own documents. */
    String documentLink(UUID workerId, UUID documentId);

    record CertificateCommand(CertificateType type, String number, String issuer, LocalDate validFrom,
                              Optional<LocalDate> validUntil) {
    }
}
