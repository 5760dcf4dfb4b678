package org.rightsdesk.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rightsdesk.regime.Accommodation;
import org.rightsdesk.regime.Assessment;
import org.rightsdesk.regime.Child;
import org.rightsdesk.regime.Document;
import org.rightsdesk.regime.DocumentKind;
import org.rightsdesk.regime.ExpulsionRuling;
import org.rightsdesk.regime.FactsProblem;
import org.rightsdesk.regime.Naturalisation;
import org.rightsdesk.regime.Obligation;
import org.rightsdesk.regime.ObligationStatus;
import org.rightsdesk.regime.PatentPayment;
import org.rightsdesk.regime.PersonFacts;
import org.rightsdesk.regime.Purpose;
import org.rightsdesk.regime.RegimeEngine;
import org.rightsdesk.regime.RegistryCheck;
import org.rightsdesk.regime.RulingKind;
import org.rightsdesk.regime.SchoolTestExemption;
import org.rightsdesk.regime.Sex;
import org.rightsdesk.regime.Stay;
import org.springframework.stereotype.Component;

/**
 * Where the case desk asks the regime rules about a client: it turns the stored facts into the
 * engine's {@link PersonFacts} (each fact's id as its {@code ref}, so obligations point back at
 * the ruling or document they are about) and the engine's obligations into dated deadlines.
 * The dates come from the rules only; the desk never computes a legal deadline itself.
 */
@Component
class RegimeLink {

    /** A dated obligation from the rules; {@code factId} is the fact it is about, if any. */
    record Due(String kind, Long factId, LocalDate dueOn, LocalDate inPersonBy) {
    }

    private final ClientRecords records;
    private final RegimeEngine engine = new RegimeEngine();

    RegimeLink(ClientRecords records) {
        this.records = records;
    }

    /** The open and missed obligations with a due date, as the rules see the client on {@code on}. */
    List<Due> due(long clientId, LocalDate on) {
        RegimeAssessment result = assess(clientId, on);
        if (result.assessment() == null) {
            return List.of();
        }
        List<Due> out = new ArrayList<>();
        for (Obligation o : result.assessment().obligations()) {
            if (o.due() == null || o.status() == ObligationStatus.DONE) {
                continue;
            }
            out.add(new Due(o.kind().name().toLowerCase(Locale.ROOT), factId(o.ref()), o.due(), o.inPersonBy()));
        }
        return out;
    }

    /** The engine's assessment of the client on {@code on}, or the problems that keep it from assessing. */
    RegimeAssessment assess(long clientId, LocalDate on) {
        ClientRecords.Profile profile = records.profile(clientId);
        if (profile.citizenship() == null) {
            return new RegimeAssessment(null, List.of("citizenship"));
        }
        try {
            return new RegimeAssessment(engine.assess(facts(clientId, profile), on), List.of());
        } catch (FactsProblem e) {
            return new RegimeAssessment(null, e.issues().stream().map(FactsProblem.Issue::toString).toList());
        }
    }

    PersonFacts facts(long clientId, ClientRecords.Profile profile) {
        PersonFacts.Builder b = PersonFacts.builder()
                .citizenship(profile.citizenship())
                .sex(profile.sex() == null ? null : Sex.valueOf(upper(profile.sex())))
                .birthDate(profile.birthDate());
        Naturalisation latest = null;
        for (ClientDesk.StoredFact f : records.facts(clientId)) {
            String ref = String.valueOf(f.id());
            MigrationFact fact = f.fact();
            if (fact instanceof MigrationFact.Stay s) {
                b.stay(new Stay(s.entered(), s.left(), s.purpose() == null ? null : Purpose.valueOf(upper(s.purpose())), ref));
            } else if (fact instanceof MigrationFact.PlaceOfStay p) {
                b.placeOfStay(p.arrived(), Accommodation.valueOf(upper(p.accommodation())));
            } else if (fact instanceof MigrationFact.Document d) {
                if (!d.documentKind().equals("passport")) { // identity papers: no rule reads them
                    b.document(new Document(DocumentKind.valueOf(upper(d.documentKind())), d.issued(), d.validUntil(), ref));
                }
            } else if (fact instanceof MigrationFact.PatentPayment p) {
                b.patentPayment(p.paidOn(), p.months());
            } else if (fact instanceof MigrationFact.Ruling r) {
                b.ruling(new ExpulsionRuling(RulingKind.valueOf(upper(r.rulingKind())), r.decided(), r.served(), r.forced(),
                        r.detained(), r.appealFiled(), ref));
            } else if (fact instanceof MigrationFact.Naturalisation n) {
                latest = new Naturalisation(n.acquired(), n.passportReceived(), n.residenceRegistered(), n.militaryRegistered());
            } else if (fact instanceof MigrationFact.Child c) {
                b.child(new Child(c.birthDate(), c.schoolApplied(), c.grade(), c.testFailedOn(),
                        c.exemption() == null ? null : SchoolTestExemption.valueOf(upper(c.exemption())), ref));
            }
        }
        for (ClientDesk.RegistryCheckView r : records.checks(clientId)) {
            b.registryCheck(r.checkedOn(), r.listed(), r.listedSince());
        }
        return b.naturalisation(latest).build();
    }

    private static Long factId(String ref) {
        if (ref == null || !ref.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(ref);
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
