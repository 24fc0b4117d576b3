package org.shangmen.identity.adapter.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class DevOutboxControllerTest {

    @Test
    @DisplayName("W1.1 GET /api/v1/dev/outbox answers {items:[...]} newest first, filtered by ?to= on the exact recipient")
    void listsAndFilters() throws Exception {
        DevOutbox outbox = new DevOutbox();
        outbox.add(DevOutbox.SMS, "+8613812341234", null, "【上门】您的验证码为 111111");
        outbox.add(DevOutbox.MAIL, "wang@example.com", "欢迎", "你好");
        outbox.add(DevOutbox.SMS, "+8613812341234", null, "【上门】您的验证码为 222222");
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DevOutboxController(outbox)).build();

        mvc.perform(get("/api/v1/dev/outbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].channel").value("SMS"))
                .andExpect(jsonPath("$.items[0].body").value("【上门】您的验证码为 222222"))
                .andExpect(jsonPath("$.items[1].to").value("wang@example.com"))
                .andExpect(jsonPath("$.items[1].subject").value("欢迎"))
                .andExpect(jsonPath("$.items[0].id").isString())
                .andExpect(jsonPath("$.items[0].sentAt").exists());

        mvc.perform(get("/api/v1/dev/outbox").param("to", "+8613812341234"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].body").value("【上门】您的验证码为 222222"))
                .andExpect(jsonPath("$.items[1].body").value("【上门】您的验证码为 111111"));

        mvc.perform(get("/api/v1/dev/outbox").param("to", "wang@example.com"))
                .andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(get("/api/v1/dev/outbox").param("to", "13812341234"))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    @DisplayName("W1.1 a phone number whose + became a space in an unencoded query string still matches")
    void plusDecodedAsSpace() {
        DevOutbox outbox = new DevOutbox();
        outbox.add(DevOutbox.SMS, "+8613812341234", null, "x");

        assertThat(new DevOutboxController(outbox).list(" 8613812341234").get("items")).hasSize(1);
    }

    @Test
    @DisplayName("W1.1 the outbox endpoint exists in the dev and demo profiles only, the outbox itself always")
    void onlyInDevAndDemo() {
        assertThat(controllerPresent("dev")).isTrue();
        assertThat(controllerPresent("demo")).isTrue();
        assertThat(controllerPresent("prod")).isFalse();
        assertThat(controllerPresent()).isFalse();
    }

    private static boolean controllerPresent(String... profiles) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().setActiveProfiles(profiles);
            context.register(DevOutbox.class, DevOutboxController.class);
            context.refresh();
            assertThat(context.getBeansOfType(DevOutbox.class)).hasSize(1);
            return !context.getBeansOfType(DevOutboxController.class).isEmpty();
        }
    }
}
