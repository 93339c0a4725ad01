package th.go.dga.standards.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page of the product, for the site and for Tasklist, Cockpit and Admin. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
