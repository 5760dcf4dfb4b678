package org.rightsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxiesTest {

    private static String clientSeenBehind(TrustedProxies filter, String remote, String forwardedFor) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(((HttpServletRequest) req).getRemoteAddr());
            }
        });
        return seen.get();
    }

    @Test
    void byDefaultNoForwardedHeaderIsBelievedNotEvenFromLoopback() throws Exception {
        TrustedProxies none = new TrustedProxies("");
        assertThat(clientSeenBehind(none, "127.0.0.1", "203.0.113.9")).isEqualTo("127.0.0.1");
        assertThat(clientSeenBehind(none, "10.1.2.3", "203.0.113.9")).isEqualTo("10.1.2.3");
    }

    @Test
    void aListedProxyPassesOnTheNearestUntrustedAddress() throws Exception {
        TrustedProxies proxies = new TrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");
        assertThat(clientSeenBehind(proxies, "127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        // A client that sends its own X-Forwarded-For gets it prepended to: the proxy's entry wins.
        assertThat(clientSeenBehind(proxies, "127.0.0.1", "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(clientSeenBehind(proxies, "127.0.0.1", "203.0.113.9, 10.9.9.9")).isEqualTo("203.0.113.9");
        assertThat(clientSeenBehind(proxies, "192.0.2.50", "203.0.113.9")).as("not a listed proxy").isEqualTo("192.0.2.50");
        assertThat(clientSeenBehind(proxies, "127.0.0.1", "not-an-address")).isEqualTo("127.0.0.1");
        assertThat(clientSeenBehind(proxies, "127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void aBadEntryIsNamed() {
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/40")).hasMessageContaining("10.0.0.0/40");
        assertThatThrownBy(() -> new TrustedProxies("proxy.example.org")).hasMessageContaining("proxy.example.org");
    }
}
