package org.shangmen.identity.adapter.dev;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the development outbox over REST, so that a developer or a demo can see the verification codes
 * and mails the platform "sent". Exists only in the {@code dev} and {@code demo} profiles.
 */
@RestController
@Profile({"dev", "demo"})
@RequestMapping("/api/v1/dev/outbox")
class DevOutboxController {

    private final DevOutbox outbox;

    DevOutboxController(DevOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Newest first; {@code to} keeps only messages for exactly that recipient (an E.164 phone number or
     * an e-mail address). A leading space is read as the {@code +} that an unencoded query string turns
     * into a space.
     */
    @GetMapping
    Map<String, List<DevMessage>> list(@RequestParam(name = "to", required = false) String to) {
        if (to == null || to.isEmpty()) {
            return Map.of("items", outbox.newestFirst());
        }
        String recipient = to.startsWith(" ") ? "+" + to.substring(1) : to;
        return Map.of("items", outbox.sentTo(recipient));
    }
}
