package org.rightsdesk.web.cases;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CaseProblem;
import org.rightsdesk.cases.ClientDesk;
import org.rightsdesk.cases.ClientForm;
import org.rightsdesk.cases.Codes;
import org.rightsdesk.cases.RegimeAssessment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Client pages: list and lookup, intake (with the duplicate warning), the client file with its
 * migration facts, the regime assessment for today and register checks. Lookups are POSTed so
 * names never appear in URLs or server logs.
 */
@Controller
class ClientsController {

    private final ClientDesk clients;
    private final CaseForms forms;
    private final Clock clock;

    ClientsController(ClientDesk clients, CaseForms forms, Clock clock) {
        this.clients = clients;
        this.forms = forms;
        this.clock = clock;
    }

    @ModelAttribute("codes")
    CodesView codes() {
        return CodesView.INSTANCE;
    }

    @GetMapping("/cases/clients")
    String list(Principal me, Model model) {
        model.addAttribute("clients", clients.list(forms.me(me)));
        return "cases/clients";
    }

    @PostMapping("/cases/clients/search")
    String search(@RequestParam(defaultValue = "") String query, Principal me, Model model) {
        model.addAttribute("clients", clients.search(query, forms.me(me)));
        model.addAttribute("query", query);
        model.addAttribute("searched", true);
        return "cases/clients";
    }

    @GetMapping("/cases/clients/new")
    String newClient(Model model) {
        if (!model.containsAttribute("client")) {
            model.addAttribute("client", new ClientForm("", "", "", "", "", "", "", "", "30"));
        }
        return "cases/client-form";
    }

    @PostMapping("/cases/clients")
    String create(@ModelAttribute ClientForm client, @RequestParam(defaultValue = "false") boolean duplicateConfirmed,
                  Principal me, Model model) {
        try {
            ClientDesk.Intake intake = clients.create(client, duplicateConfirmed, forms.me(me));
            if (intake.created()) {
                return "redirect:/cases/clients/" + intake.createdId();
            }
            model.addAttribute("intake", intake);
            model.addAttribute("duplicates", intake.possibleDuplicates());
        } catch (CaseProblem e) {
            model.addAttribute("problem", forms.describe(e));
        }
        model.addAttribute("client", client);
        return "cases/client-form";
    }

    /** Clients created despite a possible duplicate: admins and the intake coordinator decide. */
    @GetMapping("/cases/duplicates")
    String duplicates(Principal me, Model model) {
        model.addAttribute("questions", clients.openQuestions(forms.me(me)));
        return "cases/duplicates";
    }

    @PostMapping("/cases/duplicates/{id:\\d+}")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision, Principal me,
                  RedirectAttributes redirect) {
        clients.decide(id, decision, forms.me(me));
        redirect.addFlashAttribute("done", true);
        return "redirect:/cases/duplicates";
    }

    @GetMapping("/cases/clients/{id:\\d+}")
    String view(@PathVariable long id, Principal me, Model model) {
        UserAccount user = forms.me(me);
        model.addAttribute("client", clients.view(id, user));
        RegimeAssessment assessment = clients.assessment(id, LocalDate.now(clock), user);
        model.addAttribute("assessment", assessment.assessment() == null ? null
                : AssessmentView.of(assessment.assessment(), LocaleContextHolder.getLocale()));
        model.addAttribute("assessmentProblems", assessment.problems());
        model.addAttribute("today", LocalDate.now(clock));
        return "cases/client";
    }

    @GetMapping("/cases/clients/{id:\\d+}/edit")
    String edit(@PathVariable long id, Principal me, Model model) {
        ClientDesk.ClientView view = clients.view(id, forms.me(me));
        model.addAttribute("clientId", id);
        model.addAttribute("reference", view.reference());
        if (!model.containsAttribute("client")) {
            model.addAttribute("client", view.form());
        }
        return "cases/client-form";
    }

    @PostMapping("/cases/clients/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute ClientForm client, Principal me, Model model,
                  RedirectAttributes redirect) {
        try {
            clients.update(id, client, forms.me(me));
            redirect.addFlashAttribute("done", true);
            return "redirect:/cases/clients/" + id;
        } catch (CaseProblem e) {
            model.addAttribute("problem", forms.describe(e));
            model.addAttribute("clientId", id);
            model.addAttribute("client", client);
            return "cases/client-form";
        }
    }

    // ---- facts ---------------------------------------------------------------------------------

    @GetMapping("/cases/clients/{id:\\d+}/facts/new")
    String newFact(@PathVariable long id, @RequestParam String kind, Principal me, Model model) {
        ClientDesk.ClientView view = clients.view(id, forms.me(me));
        model.addAttribute("clientId", id);
        model.addAttribute("reference", view.reference());
        model.addAttribute("kind", Codes.FACT_KINDS.contains(kind) ? kind : "stay");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "cases/fact-form";
    }

    @PostMapping("/cases/clients/{id:\\d+}/facts")
    String addFact(@PathVariable long id, @RequestParam Map<String, String> form, Principal me, Model model) {
        try {
            clients.addFact(id, null, form.get("kind"), form, forms.me(me));
            return "redirect:/cases/clients/" + id + "#facts";
        } catch (CaseProblem e) {
            return factFormAgain(id, null, form, e, model);
        }
    }

    @GetMapping("/cases/clients/{id:\\d+}/facts/{factId:\\d+}/edit")
    String editFact(@PathVariable long id, @PathVariable long factId, Principal me, Model model) {
        ClientDesk.StoredFact fact = clients.fact(id, factId, forms.me(me));
        model.addAttribute("clientId", id);
        model.addAttribute("factId", factId);
        model.addAttribute("kind", fact.kind());
        model.addAttribute("form", FactFields.of(fact.fact()));
        return "cases/fact-form";
    }

    @PostMapping("/cases/clients/{id:\\d+}/facts/{factId:\\d+}")
    String updateFact(@PathVariable long id, @PathVariable long factId, @RequestParam Map<String, String> form,
                      Principal me, Model model) {
        try {
            clients.updateFact(id, factId, form, forms.me(me));
            return "redirect:/cases/clients/" + id + "#facts";
        } catch (CaseProblem e) {
            return factFormAgain(id, factId, form, e, model);
        }
    }

    @PostMapping("/cases/clients/{id:\\d+}/facts/{factId:\\d+}/delete")
    String deleteFact(@PathVariable long id, @PathVariable long factId, Principal me, RedirectAttributes redirect) {
        return forms.act(redirect, "/cases/clients/" + id + "#facts", null, () -> clients.deleteFact(id, factId, forms.me(me)));
    }

    private String factFormAgain(long id, Long factId, Map<String, String> form, CaseProblem e, Model model) {
        if (e.code().equals("not_found") || e.code().equals("forbidden")) {
            throw e; // nothing to show the form again for: the problem page says so
        }
        model.addAttribute("problem", forms.describe(e));
        model.addAttribute("clientId", id);
        model.addAttribute("factId", factId);
        model.addAttribute("kind", form.get("kind") != null && Codes.FACT_KINDS.contains(form.get("kind")) ? form.get("kind") : "stay");
        model.addAttribute("form", form);
        return "cases/fact-form";
    }

    @PostMapping("/cases/clients/{id:\\d+}/registry-checks")
    String registryCheck(@PathVariable long id, @RequestParam Map<String, String> form, Principal me, RedirectAttributes redirect) {
        return forms.act(redirect, "/cases/clients/" + id + "#registry", form,
                () -> clients.recordRegistryCheck(id, form, forms.me(me)));
    }
}
