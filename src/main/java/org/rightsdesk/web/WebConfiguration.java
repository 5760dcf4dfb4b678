package org.rightsdesk.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Language handling: Russian by default, English on request. {@code ?lang=en} (a plain link,
 * so it works without JavaScript) switches and a cookie remembers the choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final SealedDeskGuard sealedDesk;

    WebConfiguration(SealedDeskGuard sealedDesk) {
        this.sealedDesk = sealedDesk;
    }

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final List<Locale> SUPPORTED = List.of(RUSSIAN, Locale.ENGLISH);

    /** The language cookie: HttpOnly, SameSite=Lax (a link from elsewhere keeps the language), Secure wherever the session cookie is. */
    @Bean
    LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:true}") boolean secureCookies) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("RDLANG");
        resolver.setDefaultLocale(RUSSIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(secureCookies);
        resolver.setCookieSameSite("Lax");
        // An unsupported Accept-Language or cookie falls back to Russian rather than a half-translated page.
        resolver.setDefaultLocaleFunction(WebConfiguration::preferredLocale);
        return resolver;
    }

    /** The browser's preferred language among ours; Russian when it names neither or nothing. */
    static Locale preferredLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return RUSSIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? RUSSIAN : match;
        } catch (IllegalArgumentException malformed) {
            return RUSSIAN;
        }
    }

    /**
     * The {@code lang} parameter. Read from the query string only: reading form parameters would
     * parse the body, and for a rejected upload (too large) that throws while the error page renders.
     */
    static String language(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return pair.substring(5);
            }
        }
        return null;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(sealedDesk);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = language(request);
                // Only languages we have bundles for; anything else is ignored, not an error page.
                SUPPORTED.stream().filter(l -> l.getLanguage().equals(lang)).findFirst()
                        .ifPresent(l -> RequestContextUtils.getLocaleResolver(request).setLocale(request, response, l));
                return true;
            }
        });
    }
}
