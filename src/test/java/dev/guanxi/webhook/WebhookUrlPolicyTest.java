package dev.guanxi.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSRF corpus: internal addresses in every notation are refused, public names and addresses pass. */
class WebhookUrlPolicyTest {

    @Test
    void internalAddressesInAnyNotationAreRefused() {
        for (String host : List.of("localhost", "LOCALHOST.", "api.localhost", "127.0.0.1", "127.1", "0", "0.0.0.0",
                "2130706433", "0x7f000001", "0177.0.0.1", "017700000001", "10.0.0.1", "172.16.5.4", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "[::1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
                "[::ffff:169.254.169.254]", "[::127.0.0.1]", "[fe80::1]", "[fd12:3456::1]", "[64:ff9b::a9fe:a9fe]",
                "[2002:7f00:1::]", "224.0.0.1", "255.255.255.255", "192.0.0.8", "198.18.0.1")) {
            assertThat(WebhookUrlPolicy.refusedHost(host)).as(host).isTrue();
        }
    }

    @Test
    void publicNamesAndAddressesPass() {
        for (String host : List.of("hooks.example.com", "93.184.215.14", "8.8.8.8", "[2606:4700::1111]", "cafe.be",
                "0x.example.org", "1.2.3.4.nip.io")) {
            assertThat(WebhookUrlPolicy.refusedHost(host)).as(host).isFalse();
        }
    }
}
