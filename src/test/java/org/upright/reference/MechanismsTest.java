package org.upright.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MechanismsTest {
    private final Mechanisms mechanisms = Mechanisms.load();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2007, the High Commissioner for Human Rights encouraged                                   | High Commissioner for Human Rights                                      | OHCHR-HC
            In 2007, the High Commissioner welcomed the plan                                             | High Commissioner                                                       | OHCHR-HC
            the United Nations High Commissioner for Human Rights stated                                  | United Nations High Commissioner for Human Rights                       | OHCHR-HC
            Kazakhstan contributed financially to OHCHR in 2008                                           | OHCHR                                                                   | OHCHR
            The OHCHR Regional Office for Central Asia commissioned a study                               | OHCHR Regional Office for Central Asia                                  | OHCHR
            Cooperation with the Office of the High Commissioner for Human Rights                         | Office of the High Commissioner for Human Rights                        | OHCHR
            the Office of the United Nations High Commissioner for Human Rights reported                 | Office of the United Nations High Commissioner for Human Rights         | OHCHR
            The Office of the United Nations High Commissioner for Refugees (UNHCR) highlighted           | Office of the United Nations High Commissioner for Refugees (UNHCR)     | UNHCR
            In 2009, UNHCR indicated continuing concerns                                                  | UNHCR                                                                   | UNHCR
            the United Nations High Commissioner for Refugees noted                                       | United Nations High Commissioner for Refugees                           | UNHCR
            the Committee on the Elimination of Racial Discrimination (CERD),8 the Committee             | Committee on the Elimination of Racial Discrimination (CERD)            | CERD
            In 2004, CERD noted the absence of court cases                                                | CERD                                                                    | CERD
            and the Committee against Torture (CAT) encouraged                                            | Committee against Torture (CAT)                                         | CAT
            the HR Committee was concerned                                                                | HR Committee                                                            | HRCttee
            the Human Rights Committee was concerned                                                      | Human Rights Committee                                                  | HRCttee
            HRCttee recommended                                                                           | HRCttee                                                                 | HRCttee
            the Committee on the Rights of the Child (CRC) had urged Kazakhstan                           | Committee on the Rights of the Child (CRC)                              | CRC
            the Committee on Economic, Social and Cultural Rights recommended                             | Committee on Economic, Social and Cultural Rights                       | CESCR
            CESCR recommended                                                                             | CESCR                                                                   | CESCR
            the Committee on the Elimination of Discrimination against Women (CEDAW)9 and                 | Committee on the Elimination of Discrimination against Women (CEDAW)    | CEDAW
            However, CEDAW58 noted the legislative measures                                              | CEDAW                                                                   | CEDAW
            the Committee on Migrant Workers recommended                                                  | Committee on Migrant Workers                                            | CMW
            the Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families noted | Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families | CMW
            the Committee on the Rights of Persons with Disabilities urged                                | Committee on the Rights of Persons with Disabilities                    | CRPD
            the Committee on Enforced Disappearances recommended                                          | Committee on Enforced Disappearances                                    | CED
            invited to consider ratifying CED10 and the Rome Statute                                      | CED                                                                     | CED
            the Subcommittee on Prevention of Torture visited                                             | Subcommittee on Prevention of Torture                                   | SPT
            the Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment visited | Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment | SPT
            the Subcommittee on the Prevention of Torture recommended                                     | Subcommittee on the Prevention of Torture                               | SPT
            The Special Rapporteur on the question of torture thanked the Government                      | Special Rapporteur on the question of torture                           | SR-torture
            Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment, (5 to 14 May 2009) | Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment | SR-torture
            the Special Rapporteur on torture recommended                                                 | Special Rapporteur on torture                                           | SR-torture
            Concerns were raised by the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression in a communication | Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression | SR-expression
            In 2009, the independent expert on minority issues noted                                     | independent expert on minority issues                                   | IE-minorities
            The Independent Expert on minority issues visited                                             | Independent Expert on minority issues                                   | IE-minorities
            the Special Rapporteur on minority issues noted                                               | Special Rapporteur on minority issues                                   | SR-minorities
            Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context (July 2009) | Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context | SR-housing
            Special Rapporteur on the independence of judges and lawyers (11 to 17 June 2004)             | Special Rapporteur on the independence of judges and lawyers            | SR-judges-lawyers
            and the Chairperson-Rapporteur of the Working Group on Arbitrary Detention relating to       | Chairperson-Rapporteur of the Working Group on Arbitrary Detention      | WG-arbitrary-detention
            the Working Group on Enforced or Involuntary Disappearances transmitted                      | Working Group on Enforced or Involuntary Disappearances                 | WG-disappearances
            the Special Rapporteurs on the question of torture and on freedom of religion or belief and the Chairperson | Special Rapporteurs on the question of torture and on freedom of religion or belief | SR-torture SR-religion
            the Special Rapporteur on extrajudicial, summary or arbitrary executions urged                | Special Rapporteur on extrajudicial, summary or arbitrary executions    | SR-extrajudicial
            the Special Rapporteur on violence against women, its causes and consequences, noted        | Special Rapporteur on violence against women, its causes and consequences | SR-violence-against-women
            the Independent Expert on the question of human rights and extreme poverty recommended        | Independent Expert on the question of human rights and extreme poverty  | IE-extreme-poverty
            the Special Rapporteur on extreme poverty and human rights noted                              | Special Rapporteur on extreme poverty and human rights                  | SR-extreme-poverty
            the independent expert on the issue of human rights obligations related to access to safe drinking water and sanitation visited | independent expert on the issue of human rights obligations related to access to safe drinking water and sanitation | IE-water-sanitation
            the Special Rapporteur on the human rights to safe drinking water and sanitation noted        | Special Rapporteur on the human rights to safe drinking water and sanitation | SR-water-sanitation
            the Special Rapporteur in the field of cultural rights recommended                            | Special Rapporteur in the field of cultural rights                      | SR-cultural-rights
            the Working Group of Experts on People of African Descent recommended                         | Working Group of Experts on People of African Descent                   | WG-people-african-descent
            the Working Group on the issue of discrimination against women in law and in practice noted   | Working Group on the issue of discrimination against women in law and in practice | WG-discrimination-women
            the Representative of the Secretary-General on the human rights of internally displaced persons visited | Representative of the Secretary-General on the human rights of internally displaced persons | RSG-idps
            the Special Rapporteur on the human rights of internally displaced persons visited           | Special Rapporteur on the human rights of internally displaced persons  | SR-idps
            the Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity visited | Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity | IE-sogi
            the Special Rapporteur on the rights of left-handed persons recommended that                  | Special Rapporteur on the rights of left-handed persons                 | SR-rights-left-handed-persons
            the Special Rapporteur on the rights of left-handed persons, in a communication               | Special Rapporteur on the rights of left-handed persons                 | SR-rights-left-handed-persons
            the Special Rapporteur on the rights of left-handed persons in 2009 noted                     | Special Rapporteur on the rights of left-handed persons                 | SR-rights-left-handed-persons
            the Special Rapporteur on the situation of human rights in Belarus noted                      | Special Rapporteur on the situation of human rights in Belarus          | SR-situation-human-rights-belarus
            was highlighted by the United Nations Children’s Fund (UNICEF) in 2009                        | United Nations Children’s Fund (UNICEF)                                 | UNICEF
            was highlighted by the United Nations Children's Fund (UNICEF) in 2009                        | United Nations Children's Fund (UNICEF)                                 | UNICEF
            In 2009, UNICEF highlighted the fact                                                          | UNICEF                                                                  | UNICEF
            In 2009, the United Nations Office on Drugs and Crime reported                                | United Nations Office on Drugs and Crime                                | UNODC
            In 2008, the International Labour Organization (ILO) Committee of Experts on the Application of Conventions and Recommendations referred | International Labour Organization (ILO) Committee of Experts on the Application of Conventions and Recommendations | ILO-CEACR
            the ILO Committee of Experts on the Application of Conventions and Recommendations requested | ILO Committee of Experts on the Application of Conventions and Recommendations | ILO-CEACR
            ILO reported                                                                                  | ILO                                                                     | ILO
            the International Labour Organization (ILO) reported                                          | International Labour Organization (ILO)                                 | ILO
            The 2010-2015 United Nations Development Assistance Framework (UNDAF) indicated               | United Nations Development Assistance Framework (UNDAF)                 | UNDAF
            included in the 2010-2015 UNDAF.123                                                           | UNDAF                                                                   | UNDAF
            worked in concert with members of the United Nations country team. It                        | United Nations country team                                             | UNCT
            In 2009, UNESCO indicated that                                                                | UNESCO                                                                  | UNESCO
            and UNIFEM on its capacity-building                                                           | UNIFEM                                                                  | UNIFEM
            UNDP supported the reform                                                                     | UNDP                                                                    | UNDP
            the International Organization for Migration (IOM) reported                                   | International Organization for Migration (IOM)                          | IOM
            UN-Women supported                                                                            | UN-Women                                                                | UN-Women
            the United Nations Population Fund noted                                                      | United Nations Population Fund                                          | UNFPA
            the Subcommittee on Accreditation of the International Coordinating Committee of National Institutions for the Promotion and Protection of Human Rights recommended | Subcommittee on Accreditation of the International Coordinating Committee of National Institutions for the Promotion and Protection of Human Rights | GANHRI-SCA
            accredited with A status by the Global Alliance of National Human Rights Institutions in 2019 | Global Alliance of National Human Rights Institutions                   | GANHRI-SCA
            the Sub-Committee on Accreditation of the Global Alliance of National Human Rights Institutions recommended | Sub-Committee on Accreditation of the Global Alliance of National Human Rights Institutions | GANHRI-SCA
            the Special Rapporteur on the right to food, Olivier De Schutter, visited                     | Special Rapporteur on the right to food                                 | SR-food
            the Special Rapporteur on the situation of human rights defenders expressed concern           | Special Rapporteur on the situation of human rights defenders           | SR-human-rights-defenders
            the Special Rapporteur on the sale of children, child prostitution and child pornography visited | Special Rapporteur on the sale of children, child prostitution and child pornography | SR-sale-of-children
            the Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance noted | Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance | SR-racism
            the Working Group on Enforced or Involuntary Disappearances (WGEID) transmitted               | Working Group on Enforced or Involuntary Disappearances (WGEID)         | WG-disappearances
            the Special Representative of the Secretary-General on the situation of human rights defenders visited | Special Representative of the Secretary-General on the situation of human rights defenders | SRSG-human-rights-defenders
            the Special Representative of the Secretary-General for Children and Armed Conflict noted     | Special Representative of the Secretary-General for Children and Armed Conflict | SRSG-children-armed-conflict
            the Special Rapporteur on the situation of human rights in Bosnia and Herzegovina noted      | Special Rapporteur on the situation of human rights in Bosnia and Herzegovina | SR-situation-human-rights-bosnia-herzegovina
            SPECIAL RAPPORTEUR ON TORTURE                                                                  | SPECIAL RAPPORTEUR ON TORTURE                                           | SR-torture
            UNICEF’s country programme                                                                    | UNICEF                                                                  | UNICEF
            the United Nations country team in Kazakhstan noted                                          | United Nations country team in Kazakhstan                               | UNCT
            the OSCE High Commissioner on National Minorities visited                                     | OSCE High Commissioner on National Minorities                           | OSCE-HCNM
            The Special Rapporteur on the question\\nof torture thanked                                  | Special Rapporteur on the question\\nof torture                         | SR-torture
            """)
    void findsTheMechanismANameDenotes(String text, String mentioned, String codes) {
        String sentence = text.replace("\\n", "\n");
        List<MechanismMention> mentions = mechanisms.findMentions(sentence);

        assertThat(mentions).hasSize(1);
        MechanismMention mention = mentions.get(0);
        assertThat(mention.text()).isEqualTo(mentioned.replace("\\n", "\n"));
        assertThat(mention.codes()).containsExactlyElementsOf(Arrays.asList(codes.split(" ")));
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(mention.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fully brought into line with the definition provided for in the Convention against Torture.
            Although the Special Rapporteur recognized that impunity was not total
            the independent expert cautioned that in the period of transition
            The Committee was also concerned about persistent stereotypes
            seminar on the implementation of OP-CAT and CRPD-OP
            Kazakhstan was invited to ratify OP-CEDAW, OP-CRC-AC, OP-CRC-SC and CRC-OP-IC
            the National Human Rights Committee of Qatar
            the Working Group on the Universal Periodic Review adopted
            a cat and a special rapporteur
            """)
    void findsNoMechanismWhereTheTextNamesNone(String text) {
        assertThat(mechanisms.findMentions(text))
                .allSatisfy(mention -> assertThat(mention.codes()).doesNotContain("CAT", "CEDAW", "CRC", "CRPD"))
                .noneSatisfy(mention -> assertThat(mention.type()).isIn(MechanismType.TREATY_BODY, MechanismType.SPECIAL_PROCEDURE));
    }

    @Test
    void theUnitedNationsHighCommissionerForRefugeesIsNeverTheHighCommissionerForHumanRights() {
        for (String text : List.of("the United Nations High Commissioner for Refugees", "the High Commissioner for Refugees",
                "the Office of the United Nations High Commissioner for Refugees (UNHCR)")) {
            assertThat(mechanisms.findMentions(text)).extracting(MechanismMention::codes).containsExactly(List.of("UNHCR"));
        }
    }

    @Test
    void treatyAbbreviationsAreReportedAsTreatyBodiesForTheCallerToDisambiguate() {
        List<MechanismMention> mentions = mechanisms.findMentions("ratifying CRPD, CED and CAT");

        assertThat(mentions).extracting(MechanismMention::codes)
                .containsExactly(List.of("CRPD"), List.of("CED"), List.of("CAT"));
        assertThat(mentions).extracting(MechanismMention::type).containsOnly(MechanismType.TREATY_BODY);
    }

    @Test
    void aSentenceNamingSeveralMechanismsGivesOneMentionEach() {
        String text = "A further communication was sent by the Special Rapporteurs on the question of\n"
                + "torture and on freedom of religion or belief and the Chairperson-Rapporteur of the Working\n"
                + "Group on Arbitrary Detention relating to a refugee who had been recognized by UNHCR as at risk.";

        assertThat(mechanisms.findMentions(text)).extracting(MechanismMention::codes).containsExactly(
                List.of("SR-torture", "SR-religion"), List.of("WG-arbitrary-detention"), List.of("UNHCR"));
    }

    @Test
    void anUnknownTitleEndsWhereAnotherMechanismIsNamed() {
        String text = "the Special Rapporteur on the rights of left-handed persons and UNICEF recommended";

        assertThat(mechanisms.findMentions(text)).extracting(MechanismMention::text)
                .containsExactly("Special Rapporteur on the rights of left-handed persons", "UNICEF");
    }

    @Test
    void mentionsAreTypedByFamily() {
        String text = "OHCHR, the High Commissioner, CERD, the Special Rapporteur on torture, UNICEF and the "
                + "Subcommittee on Accreditation noted";

        assertThat(mechanisms.findMentions(text)).extracting(MechanismMention::type).containsExactly(
                MechanismType.OHCHR, MechanismType.OHCHR, MechanismType.TREATY_BODY, MechanismType.SPECIAL_PROCEDURE,
                MechanismType.UN_AGENCY, MechanismType.OTHER);
    }

    @Test
    void everyCodeTheGoldAnnotationUsesIsInTheTable() {
        for (String code : List.of("OHCHR-HC", "OHCHR", "CERD", "CESCR", "HRCttee", "CEDAW", "CAT", "SPT", "CRC", "CMW",
                "CRPD", "CED", "SR-torture", "SR-expression", "SR-religion", "SR-housing", "SR-judges-lawyers",
                "IE-minorities", "WG-arbitrary-detention", "UNICEF", "UNHCR", "UNESCO", "UNODC", "ILO-CEACR", "ILO",
                "UNDP", "UNIFEM", "UNDAF", "UNCT", "IOM", "GANHRI-SCA", "special-procedures", "IE-water-sanitation",
                "SR-environment")) {
            assertThat(mechanisms.byCode(code)).as(code).hasValueSatisfying(mechanism -> assertThat(mechanism.code()).isEqualTo(code));
        }
    }

    @Test
    void theTableHoldsTheThematicMandatesOfTheHumanRightsCouncil() {
        long mandates = mechanisms.all().stream()
                .filter(mechanism -> mechanism.type() == MechanismType.SPECIAL_PROCEDURE)
                .map(mechanism -> mechanism.code().substring(mechanism.code().indexOf('-') + 1))
                .distinct().count();

        assertThat(mandates).isGreaterThanOrEqualTo(45);
        assertThat(mechanisms.byCode("SR-torture")).get().extracting(Mechanism::name)
                .isEqualTo("Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment");
        assertThat(mechanisms.byCode("SR-torture").orElseThrow().names()).contains("Special Rapporteur on the question of torture");
    }

    @Test
    void byCodeIgnoresCaseAndKnowsNoDerivedCode() {
        assertThat(mechanisms.byCode("hrcttee")).get().extracting(Mechanism::code).isEqualTo("HRCttee");
        assertThat(mechanisms.byCode("SR-rights-left-handed-persons")).isEmpty();
    }

    @Test
    void codesOfReadsAMandateTitleAsTheSpecialProceduresTableWritesIt() {
        assertThat(mechanisms.codesOf("Special Rapporteur on the independence of judges and lawyers")).containsExactly("SR-judges-lawyers");
        assertThat(mechanisms.codesOf("the independent expert on minority issues")).containsExactly("IE-minorities");
        assertThat(mechanisms.codesOf("a study on housing")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            CAT/C/KAZ/CO/2,        CAT
            CAT/OP/KAZ/1,          SPT
            CCPR/C/KAZ/CO/1,       HRCttee
            CCPR/CO/81/SVN,        HRCttee
            E/C.12/KAZ/CO/1,       CESCR
            CERD/C/65/CO/3,        CERD
            CEDAW/C/KAZ/CO/2,      CEDAW
            CRC/C/KAZ/CO/3,        CRC
            CRC/C/OPAC/KAZ/CO/1,   CRC
            CMW/C/KAZ/CO/1,        CMW
            CRPD/C/KAZ/CO/1,       CRPD
            CED/C/KAZ/CO/1,        CED
            """)
    void theSymbolOfATreatyBodyDocumentNamesItsBody(String symbol, String body) {
        assertThat(mechanisms.mechanismOfSymbol(symbol)).contains(body);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            A/HRC/11/41/Add.1
            A/HRC/WG.6/7/KAZ/2
            E/CN.4/2006/6/Add.1
            ST/LEG/SER.E.25
            """)
    void otherSymbolsNameNoTreatyBody(String symbol) {
        assertThat(mechanisms.mechanismOfSymbol(symbol)).isEmpty();
    }
}
