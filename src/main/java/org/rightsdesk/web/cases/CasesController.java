package org.rightsdesk.web.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CalendarFeeds;
import org.rightsdesk.cases.CaseDesk;
import org.rightsdesk.cases.CaseProblem;
import org.rightsdesk.cases.ClientDesk;
import org.rightsdesk.cases.Deadlines;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The case desk: the list of one's cases, a case file with everything worked on it, the
 * deadline calendar and the calendar feeds. Thin: every rule (access, dates, uploads, audit)
 * lives in the {@code cases} module.
 */
@Controller
class CasesController {

    private final CaseDesk cases;
    private final ClientDesk clients;
    private final Deadlines deadlines;
    private final CalendarFeeds feeds;
    private final CaseForms forms;
    private final Clock clock;

    CasesController(CaseDesk cases, ClientDesk clients, Deadlines deadlines, CalendarFeeds feeds, CaseForms forms, Clock clock) {
        this.cases = cases;
        this.clients = clients;
        this.deadlines = deadlines;
        this.feeds = feeds;
        this.forms = forms;
        this.clock = clock;
    }

    @ModelAttribute("codes")
    CodesView codes() {
        return CodesView.INSTANCE;
    }

    @GetMapping("/cases")
    String desk(Principal me, Model model) {
        model.addAttribute("cases", cases.list(forms.me(me)));
        return "cases/desk";
    }

    @GetMapping("/cases/new")
    String newCase(@RequestParam long client, Principal me, Model model) {
        ClientDesk.ClientView c = clients.view(client, forms.me(me));
        model.addAttribute("clientId", client);
        model.addAttribute("clientReference", c.reference());
        model.addAttribute("clientName", c.fullName());
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "cases/case-form";
    }

    @PostMapping("/cases")
    String create(@RequestParam Map<String, String> form, Principal me, RedirectAttributes redirect) {
        long clientId = Long.parseLong(form.getOrDefault("clientId", "0"));
        return forms.act(redirect, "/cases/new?client=" + clientId, form, () -> "/cases/"
                + cases.create(clientId, form.get("kind"), form.get("openedOn"), form.get("summary"), forms.me(me)));
    }

    @GetMapping("/cases/{id:\\d+}")
    String view(@PathVariable long id, Principal me, Model model) {
        model.addAttribute("c", cases.view(id, forms.me(me)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("maxUploadMb", cases.maxAttachmentBytes() / 1_048_576);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "cases/case";
    }

    @PostMapping("/cases/{id:\\d+}/status")
    String status(@PathVariable long id, @RequestParam String status, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, ""), null, () -> cases.setStatus(id, status, forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/summary")
    String summary(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "summary"), f, () -> cases.updateSummary(id, f.get("summary"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/team")
    String addMember(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "team"), f, () -> cases.addTeamMember(id, f.get("username"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/team/{userId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long userId, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "team"), null, () -> cases.removeTeamMember(id, userId, forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/rulings")
    String ruling(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        f.put("kind", "ruling");
        return forms.act(r, back(id, "rulings"), f, () -> {
            UserAccount user = forms.me(me);
            clients.addFact(cases.clientOf(id), id, "ruling", f, user);
        });
    }

    @PostMapping("/cases/{id:\\d+}/parties")
    String party(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "parties"), f,
                () -> cases.addParty(id, f.get("role"), f.get("name"), f.get("details"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/proceedings")
    String proceeding(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "proceedings"), f,
                () -> cases.addProceeding(id, f.get("kind"), f.get("court"), f.get("number"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/hearings")
    String hearing(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "proceedings"), f, () -> cases.addHearing(id, parseId(f.get("proceedingId")),
                f.get("date"), f.get("time"), f.get("place"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/hearings/{hearingId:\\d+}/outcome")
    String outcome(@PathVariable long id, @PathVariable long hearingId, @RequestParam Map<String, String> f, Principal me,
                   RedirectAttributes r) {
        return forms.act(r, back(id, "proceedings"), f,
                () -> cases.recordOutcome(id, hearingId, f.get("outcome"), f.get("note"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/tasks")
    String task(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "tasks"), f,
                () -> cases.addTask(id, f.get("title"), f.get("due"), f.get("assignee"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/tasks/{taskId:\\d+}/done")
    String taskDone(@PathVariable long id, @PathVariable long taskId, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "tasks"), null, () -> cases.completeTask(id, taskId, forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/notes")
    String note(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "notes"), f, () -> cases.addNote(id, f.get("body"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/deadlines")
    String deadline(@PathVariable long id, @RequestParam Map<String, String> f, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "deadlines"), f, () -> cases.addDeadline(id, f.get("due"), f.get("label"), forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/deadlines/{deadlineId:\\d+}/done")
    String deadlineDone(@PathVariable long id, @PathVariable long deadlineId, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "deadlines"), null, () -> cases.completeDeadline(id, deadlineId, forms.me(me)));
    }

    @PostMapping("/cases/{id:\\d+}/attachments")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "attachments"), null, () -> {
            try {
                cases.upload(id, file.getOriginalFilename(), file.getBytes(), forms.me(me));
            } catch (IOException e) {
                throw new CaseProblem("upload_read", "The upload could not be read; nothing was stored");
            }
        });
    }

    @GetMapping("/cases/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, Principal me) {
        CaseDesk.Download d = cases.download(id, attachmentId, forms.me(me));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(d.content());
    }

    @PostMapping("/cases/{id:\\d+}/attachments/{attachmentId:\\d+}/delete")
    String deleteAttachment(@PathVariable long id, @PathVariable long attachmentId, Principal me, RedirectAttributes r) {
        return forms.act(r, back(id, "attachments"), null, () -> cases.deleteAttachment(id, attachmentId, forms.me(me)));
    }

    // ---- calendar ------------------------------------------------------------------------------

    @GetMapping("/cases/calendar")
    String calendar(Principal me, Model model) {
        UserAccount user = forms.me(me);
        model.addAttribute("calendar", deadlines.calendar(user, LocalDate.now(clock)));
        return "cases/calendar";
    }

    @GetMapping("/cases/calendar/feeds")
    String feedList(Principal me, Model model) {
        model.addAttribute("feeds", feeds.list(forms.me(me)));
        return "cases/feeds";
    }

    @PostMapping("/cases/calendar/feeds")
    String issueFeed(@RequestParam(defaultValue = "ru") String language, Principal me, Model model) {
        UserAccount user = forms.me(me);
        CalendarFeeds.Issued issued = feeds.issue(user, language);
        model.addAttribute("issuedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/feeds/{token}.ics").buildAndExpand(issued.token()).toUriString());
        model.addAttribute("feeds", feeds.list(user));
        return "cases/feeds";
    }

    @PostMapping("/cases/calendar/feeds/{feedId:\\d+}/revoke")
    String revokeFeed(@PathVariable long feedId, Principal me, RedirectAttributes r) {
        return forms.act(r, "/cases/calendar/feeds", null, () -> feeds.revoke(feedId, forms.me(me)));
    }

    private static String back(long id, String anchor) {
        return "/cases/" + id + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new CaseProblem("choice", "proceedingId: choose a proceeding", "proceedingId");
        }
    }
}
