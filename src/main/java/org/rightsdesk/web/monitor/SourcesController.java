package org.rightsdesk.web.monitor;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.ingest.ArticleImport;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.monitor.StoryGroups;
import org.rightsdesk.monitor.StoryProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitor desk's sources: the list, one source with its main text, the upload of one article,
 * and the near-duplicate stories a monitor confirms or splits. Thin: parses, calls
 * {@link ArticleImport}, {@link SourceCatalog} and {@link StoryGroups}, renders.
 */
@Controller
class SourcesController {

    static final int LIST_SIZE = 100;

    private final ArticleImport importer;
    private final SourceCatalog sources;
    private final StoryGroups stories;
    private final AuditLog audit;
    private final MessageSource messages;

    SourcesController(ArticleImport importer, SourceCatalog sources, StoryGroups stories, AuditLog audit, MessageSource messages) {
        this.importer = importer;
        this.sources = sources;
        this.stories = stories;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/monitor/sources")
    String list(Model model) {
        model.addAttribute("sources", sources.recent(LIST_SIZE));
        model.addAttribute("total", sources.count());
        model.addAttribute("distinct", stories.distinctStories());
        model.addAttribute("listSize", LIST_SIZE);
        return "monitor/sources/list";
    }

    @GetMapping("/monitor/sources/{id:\\d+}")
    String source(@PathVariable long id, Model model) {
        Source source = sources.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("source", source);
        model.addAttribute("paragraphs", List.of(source.mainText().split("\n\n")));
        model.addAttribute("story", source.storyId() == null ? null : stories.story(source.storyId()).orElse(null));
        return "monitor/sources/source";
    }

    @GetMapping("/monitor/sources/import")
    String importForm(@RequestParam(required = false) Long tooLarge, Model model) {
        model.addAttribute("maxMegabytes", importer.maxBytes() / (1024 * 1024));
        if (tooLarge != null && tooLarge > 0) {
            // Sent here by UploadSizeGuard: the upload exceeded what the server reads at all.
            ArticleImport.Result result = tooLarge(null, tooLarge);
            model.addAttribute("result", result);
            model.addAttribute("reason", describe(result));
        }
        return "monitor/sources/import";
    }

    @PostMapping("/monitor/sources/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(required = false) String url,
                      @RequestParam(required = false) String publisher, @RequestParam(required = false) String title,
                      @RequestParam(required = false) String published, @RequestParam(required = false) String language,
                      Principal me, Model model) throws IOException {
        importForm(null, model);
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            model.addAttribute("problem", message("ingest.import.noFile"));
            return "monitor/sources/import";
        }
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            try {
                date = LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("problem", message("ingest.import.badDate", published.strip()));
                return "monitor/sources/import";
            }
        }
        String name = fileName(file.getOriginalFilename());
        ArticleImport.Result result;
        if (file.getSize() > importer.maxBytes()) {
            // Refused before it is read into memory, with the same words as the bulk report.
            result = tooLarge(name, file.getSize());
        } else {
            ArticleImport.Corrections corrections = new ArticleImport.Corrections(url, publisher, title, date,
                    language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT));
            result = importer.importBytes(file.getBytes(), name, corrections, me.getName());
        }
        if (result.sourceId() != null && result.status() != ArticleImport.Status.PRESENT) {
            audit.record(me.getName(), "source.imported", "source", String.valueOf(result.sourceId()));
        }
        model.addAttribute("result", result);
        model.addAttribute("reason", describe(result));
        return "monitor/sources/import";
    }

    @GetMapping("/monitor/sources/stories")
    String stories(Model model) {
        model.addAttribute("stories", stories.current(LIST_SIZE));
        return "monitor/sources/stories";
    }

    @GetMapping("/monitor/sources/stories/{id:\\d+}")
    String story(@PathVariable long id, Model model) {
        model.addAttribute("story", stories.story(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "monitor/sources/story";
    }

    @PostMapping("/monitor/sources/stories/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, Principal me, RedirectAttributes redirect) {
        return decide(redirect, id, () -> {
            stories.confirm(id, me.getName());
            audit.record(me.getName(), "story.confirmed", "story", String.valueOf(id));
        });
    }

    @PostMapping("/monitor/sources/stories/{id:\\d+}/split")
    String split(@PathVariable long id, @RequestParam long sourceId, Principal me, RedirectAttributes redirect) {
        return decide(redirect, id, () -> {
            stories.splitOff(id, sourceId, me.getName());
            audit.record(me.getName(), "story.split", "story", String.valueOf(id));
        });
    }

    private String decide(RedirectAttributes redirect, long storyId, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (StoryProblem p) {
            redirect.addFlashAttribute("problem", message("ingest.problem." + p.code()));
        }
        return "redirect:/monitor/sources/stories/" + storyId;
    }

    private ArticleImport.Result tooLarge(String name, long size) {
        String mb = String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
        String limit = String.format(Locale.ROOT, "%.1f MB", importer.maxBytes() / (1024.0 * 1024.0));
        return new ArticleImport.Result(name == null ? "" : name, ArticleImport.Status.FAILED, null, null, null, null,
                "the file is too large (" + mb + "; the limit is " + limit + ")", "too-large", new Object[]{mb, limit}, List.of());
    }

    /** The result's reason in the reader's language (the English report sentence when there is no translation). */
    private String describe(ArticleImport.Result r) {
        if (r.status() != ArticleImport.Status.FAILED && r.status() != ArticleImport.Status.SKIPPED) {
            return null;
        }
        Object[] args = r.problemArgs() == null ? new Object[0] : r.problemArgs();
        return messages.getMessage("ingest.problem." + r.problemCode(), args, r.reason(), LocaleContextHolder.getLocale());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The file's own name without any folder a browser sends along. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }
}
