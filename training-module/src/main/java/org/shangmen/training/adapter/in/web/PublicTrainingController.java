package org.shangmen.training.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shangmen.kernel.DomainException;
import org.shangmen.training.application.port.in.WorkerTraining;
import org.shangmen.training.application.port.in.WorkerTraining.Verification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** W4.2 anyone may check a training certificate's number (培训合格证查验). */
@RestController
@Tag(name = "证书查验 Certificate check", description = "W4.2 按编号查验培训合格证")
class PublicTrainingController {

    private final WorkerTraining training;

    PublicTrainingController(WorkerTraining training) {
        this.training = training;
    }

    @GetMapping("/api/v1/public/training/certificates/{number}")
    @Operation(summary = "查验培训合格证:课程、发证时间、有效期与是否有效;编号不存在时 404")
    Verification verify(@PathVariable String number) {
        if (number == null || number.length() > 40) {
            throw DomainException.notFound("training.certificate-not-found");
        }
        return training.verify(number);
    }
}
