package org.rightsdesk.web.vault;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.vault.ShareProgress;
import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultProblem;
import org.rightsdesk.vault.VaultStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vault page: its state, the first-start passphrase walk-through and the unseal form for
 * admins, the key-share form for holders (admins and lawyers) when the vault unseals with M of N
 * shares, and "Seal now" for admins and lawyers. Passphrases and shares travel only in POST bodies.
 */
@Controller
class VaultController {

    private final Vault vault;
    private final MessageSource messages;

    VaultController(Vault vault, MessageSource messages) {
        this.vault = vault;
        this.messages = messages;
    }

    @GetMapping("/vault")
    String page(Model model) {
        model.addAttribute("status", vault.status().code());
        model.addAttribute("ephemeral", vault.isEphemeral());
        model.addAttribute("minLength", Vault.MIN_PASSPHRASE_LENGTH);
        vault.lastUnsealDuration().ifPresent(d -> model.addAttribute("unsealMillis", d.toMillis()));
        vault.unsealBlockedUntil().ifPresent(t ->
                model.addAttribute("waitSeconds", Math.max(1, Duration.between(Instant.now(), t).toSeconds())));
        vault.unsealMethod().ifPresent(m -> model.addAttribute("method", m));
        vault.pendingShares().ifPresent(p -> {
            model.addAttribute("pending", p);
            model.addAttribute("pendingUntil", java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(java.time.ZoneId.systemDefault()).format(p.expiresAt()));
        });
        model.addAttribute("kdfSetting", vault.kdfSetting());
        return "vault/vault";
    }

    @PostMapping("/vault/setup")
    String setUp(@RequestParam String passphrase, @RequestParam String repeat,
                 @RequestParam(defaultValue = "false") boolean writtenDown, Principal me, RedirectAttributes redirect) {
        char[] chosen = passphrase.toCharArray();
        try {
            if (!passphrase.equals(repeat)) {
                redirect.addFlashAttribute("problem", message("vault.setup.mismatch"));
            } else if (!writtenDown) {
                redirect.addFlashAttribute("problem", message("vault.setup.notWritten"));
            } else {
                vault.setUp(chosen, me.getName());
                redirect.addFlashAttribute("done", message("vault.setup.done"));
            }
        } catch (VaultProblem e) {
            redirect.addFlashAttribute("problem", describe(e));
        } finally {
            Arrays.fill(chosen, '\0');
        }
        return "redirect:/vault";
    }

    @PostMapping("/vault/unseal")
    String unseal(@RequestParam String passphrase, Principal me, RedirectAttributes redirect) {
        char[] given = passphrase.toCharArray();
        try {
            vault.unseal(given, me.getName());
            redirect.addFlashAttribute("done", message("vault.unseal.done"));
        } catch (VaultProblem e) {
            redirect.addFlashAttribute("problem", describe(e));
        } finally {
            Arrays.fill(given, '\0');
        }
        return "redirect:/vault";
    }

    /** One holder's key share; the last one needed unseals. Admins and lawyers may hold shares. */
    @PostMapping("/vault/share")
    String share(@RequestParam String share, Principal me, RedirectAttributes redirect) {
        try {
            ShareProgress p = vault.enterShare(share, me.getName());
            redirect.addFlashAttribute("done", p.unsealed() ? message("vault.unseal.done")
                    : messages.getMessage("vault.share.accepted", new Object[] {p.entered(), p.needed(), p.missing()},
                    LocaleContextHolder.getLocale()));
        } catch (VaultProblem e) {
            redirect.addFlashAttribute("problem", describe(e));
        }
        return "redirect:/vault";
    }

    @PostMapping("/vault/seal")
    String seal(Authentication me, HttpServletRequest request, HttpServletResponse response) {
        vault.seal(me.getName());
        // Our own session was ended with all the others; make sure this request does not store
        // the sign-in in a fresh one on its way out.
        new SecurityContextLogoutHandler().logout(request, response, me);
        return "redirect:/login?sealed";
    }

    String describe(VaultProblem e) {
        return messages.getMessage("vault.problem." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    static boolean sealed(Vault vault) {
        return vault.status() != VaultStatus.UNSEALED;
    }
}
