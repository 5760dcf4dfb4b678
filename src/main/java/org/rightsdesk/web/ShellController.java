package org.rightsdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The frame around the desks: the home page. Each desk has its own controller (the monitor desk:
 * {@code web.monitor}; the case desk: {@code web.cases}; the public check: {@code web.check}).
 */
@Controller
class ShellController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
