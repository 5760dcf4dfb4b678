package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts that cannot all be true are a problem naming the field, never an assessment that looks
 * complete and rests on an impossible history: a child born after the evaluation day, a grade
 * impossible at the child's age, a ruling made while the person was not in Russia, an arrival at
 * an address outside every stay, anything before the person's birth. Plausible lives pass.
 */
class ContradictoryFactsTest {

    static final RegimeEngine ENGINE = new RegimeEngine();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            child born after the evaluation day | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2025-09-01"}]} | children[0].birthDate
            grade 11 at age 5                   | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2020-01-10","schoolApplied":"2025-04-01","grade":11}]} | children[0].grade
            grade 1 at age 16                   | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2009-01-10","schoolApplied":"2025-04-01","grade":1}]} | children[0].grade
            grade 3 at age 5 with no application date | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2020-01-10","grade":3}]} | children[0].grade
            school application at age 3         | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2022-01-10","schoolApplied":"2025-04-01"}]} | children[0].schoolApplied
            school application at age 19        | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2006-01-10","schoolApplied":"2025-04-01"}]} | children[0].schoolApplied
            ruling before the first entry       | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-01"}],"rulings":[{"kind":"COURT_EXPULSION","decided":"2025-02-20"}]} | rulings[0].decided
            ruling between two stays            | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-01-10","left":"2025-02-01"},{"entered":"2025-03-01"}],"rulings":[{"kind":"DEPORTATION","decided":"2025-02-15"}]} | rulings[0].decided
            arrival before the entry            | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-01"}],"placesOfStay":[{"arrived":"2025-02-27"}]} | placesOfStay[0].arrived
            naturalisation before birth         | {"on":"2025-06-01","citizenship":"UZ","birthDate":"1990-05-01","naturalisation":{"acquired":"1989-01-01"}} | naturalisation.acquired
            entry before birth                  | {"on":"2025-06-01","citizenship":"UZ","birthDate":"1990-05-01","stays":[{"entered":"1989-01-01","left":"1989-02-01"}]} | stays[0].entered
            person born after the evaluation day| {"on":"2025-06-01","citizenship":"UZ","birthDate":"2025-07-01"} | birthDate
            child born before the parent        | {"on":"2025-06-01","citizenship":"UZ","birthDate":"1990-05-01","children":[{"birthDate":"1989-01-01"}]} | children[0].birthDate
            payment before its patent           | {"on":"2025-06-01","citizenship":"UZ","documents":[{"kind":"PATENT","issued":"2025-03-10"}],"patentPayments":[{"paidOn":"2025-03-01","months":1}]} | patentPayments[0].paidOn
            exit before entry                   | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-10","left":"2025-03-01"}]} | stays[0].left
            overlapping stays                   | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-01-10","left":"2025-03-01"},{"entered":"2025-02-01","left":"2025-02-10"}]} | stays[1].entered
            appeal before the ruling            | {"on":"2025-06-01","citizenship":"UZ","rulings":[{"kind":"COURT_EXPULSION","decided":"2025-05-01","appealFiled":"2025-04-01"}]} | rulings[0].appealFiled
            """)
    void contradictoryFactsAreAProblemNamingTheField(String what, String json, String field) {
        FactsProblem p = catchThrowableOfType(FactsProblem.class, () -> {
            RegimeJson.Request r = RegimeJson.read(json);
            ENGINE.assess(r.facts(), r.on());
        });
        assertThat(p).as(what).isNotNull();
        assertThat(p.issues()).as(what).extracting(FactsProblem.Issue::field).contains(field);
        assertThat(p.getMessage()).as("no value is repeated").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            grade 1 at six and a half           | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2018-10-01","schoolApplied":"2025-04-01","grade":1}]}
            grade 11 at 17                      | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2008-01-01","schoolApplied":"2025-04-01","grade":11}]}
            newcomer of 13 placed in grade 4    | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2012-01-01","schoolApplied":"2025-04-01","grade":4}]}
            ruling on the day of entry          | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-01"}],"rulings":[{"kind":"COURT_EXPULSION","decided":"2025-03-01"}]}
            ruling on the day of exit           | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-01","left":"2025-04-01"}],"rulings":[{"kind":"COURT_EXPULSION","decided":"2025-04-01"}]}
            ruling without any stay given       | {"on":"2025-06-01","citizenship":"UZ","rulings":[{"kind":"COURT_EXPULSION","decided":"2025-04-01"}]}
            a stay that goes on after the day   | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-01","left":"2025-08-01"}],"placesOfStay":[{"arrived":"2025-07-01"}]}
            """)
    void plausibleLivesPass(String what, String json) {
        assertThatCode(() -> {
            RegimeJson.Request r = RegimeJson.read(json);
            ENGINE.assess(r.facts(), r.on());
        }).as(what).doesNotThrowAnyException();
    }
}
