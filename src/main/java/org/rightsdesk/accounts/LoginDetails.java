package org.rightsdesk.accounts;

import java.io.Serializable;

/**
 * What the sign-in form's request tells the throttle besides the name and password: the client's
 * network address (the connection's, or one forwarded by a trusted proxy) and the browser's
 * "signed in here before" cookie. Both fields are transient: the authentication is kept in the
 * session, and neither an address nor that cookie should be stored with it.
 */
public final class LoginDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient String address;
    private final transient String knownBrowserCookie;

    public LoginDetails(String address, String knownBrowserCookie) {
        this.address = address;
        this.knownBrowserCookie = knownBrowserCookie;
    }

    public String address() {
        return address;
    }

    public String knownBrowserCookie() {
        return knownBrowserCookie;
    }
}
