package org.rightsdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The frame around the desks: the home page and an honest "not yet available" page for each
 * desk that has not been built. A desk's own controller replaces its entry here when it lands
 * (the case desk's lives in {@code web.cases}).
 */
@Controller
class ShellController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/monitor")
    String monitor(Model model) {
        return pending(model, "monitor");
    }

    private static String pending(Model model, String desk) {
        model.addAttribute("desk", desk);
        return "pending";
    }
}
