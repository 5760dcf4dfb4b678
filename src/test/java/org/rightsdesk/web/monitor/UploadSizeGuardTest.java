package org.rightsdesk.web.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UploadSizeGuardTest {

    private static MockHttpServletRequest upload(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", UploadSizeGuard.IMPORT_PATH);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void anUploadAboveTheServerLimitIsReadAndSentBackToTheFormWithItsSize() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new UploadSizeGuard.Guard(1000).doFilter(upload(2000), response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/monitor/sources/import?tooLarge=2000");
        assertThat(chain.getRequest()).as("the rest of the chain never sees it").isNull();
    }

    @Test
    void anUploadWithinTheLimitGoesOn() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new UploadSizeGuard.Guard(1000).doFilter(upload(500), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
