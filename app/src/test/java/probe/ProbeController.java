package probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint with a validated JSON body and one that fails unexpectedly, to prove the
 * platform-wide error contract independently of any business module. The nested controller is
 * registered as a member class of this configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProbeController {

    public record Body(@NotBlank @Size(max = 10) String name, @Min(1) @Max(5) int stars) {
    }

    @RestController
    @RequestMapping("/api/v1/public/test-probe")
    public static class Probe {

        @PostMapping
        Map<String, Object> accept(@Valid @RequestBody Body body) {
            return Map.of("name", body.name(), "stars", body.stars());
        }

        @PostMapping("/boom")
        Map<String, Object> boom() {
            throw new IllegalStateException("secret internal detail 13800138000");
        }
    }
}
