package dev.guanxi.support;

import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that send mail to a real SMTP server (GreenMail) on one port: every such test class
 * shares this Spring context, so whichever node's outbox job picks a mail up, it goes to the server the
 * running test has started (or fails, when the test has it down).
 */
public abstract class WithSmtpServer {

    public static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
