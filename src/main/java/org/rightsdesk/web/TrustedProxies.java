package org.rightsdesk.web;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Which client a request comes from. The connection's address, unless that address is one of the
 * reverse proxies listed in {@code rightsdesk.web.trusted-proxies} (addresses or CIDR ranges, none
 * by default): then the nearest address in {@code X-Forwarded-For} that is not itself a trusted
 * proxy, and {@code X-Forwarded-Proto}. From anyone else these headers are ignored, so a client
 * cannot pose as another address (and so spread failed sign-ins over made-up addresses). Runs
 * before every other filter; Tomcat's and Spring's own forwarded-header handling is off.
 */
final class TrustedProxies extends OncePerRequestFilter {

    /** One address or range. */
    record Range(BigInteger network, int prefix, int bits) {
        boolean contains(InetAddress address) {
            int size = address.getAddress().length * 8;
            if (size != bits) {
                return false;
            }
            BigInteger value = new BigInteger(1, address.getAddress());
            return value.shiftRight(bits - prefix).equals(network.shiftRight(bits - prefix));
        }
    }

    private final List<Range> trusted;

    TrustedProxies(String configured) {
        this.trusted = parse(configured);
    }

    /** Parses "10.0.0.5, 192.168.1.0/24, ::1"; throws with the offending entry named. */
    static List<Range> parse(String configured) {
        List<Range> out = new ArrayList<>();
        if (configured == null) {
            return out;
        }
        for (String entry : configured.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("rightsdesk.web.trusted-proxies: '" + entry + "' is not an IP address or range");
            }
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("rightsdesk.web.trusted-proxies: '" + entry + "' has a bad prefix length");
            }
            out.add(new Range(new BigInteger(1, address.getAddress()), prefix, bits));
        }
        return List.copyOf(out);
    }

    /** An IP literal only: never a name lookup. */
    static InetAddress literal(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || !t.matches("[0-9a-fA-F:.]+") || (!t.contains(":") && !t.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    boolean isTrusted(String address) {
        InetAddress a = literal(address == null ? "" : address);
        return a != null && trusted.stream().anyMatch(r -> r.contains(a));
    }

    /** The client's address for a request that came through a trusted proxy. */
    String clientAddress(String remote, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return remote; // garbage in the chain: trust nothing of it
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String remote = request.getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(remote)) {
            chain.doFilter(request, response);
            return;
        }
        String client = clientAddress(remote, request.getHeader("X-Forwarded-For"));
        String proto = request.getHeader("X-Forwarded-Proto");
        boolean https = proto == null ? request.isSecure() : "https".equalsIgnoreCase(proto.strip());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }

            @Override
            public boolean isSecure() {
                return https;
            }

            @Override
            public String getScheme() {
                return https ? "https" : "http";
            }
        }, response);
    }
}
