//! Example tables for figure labels by kind of expression: what an actor acts on, how long
//! something lasts, and a table cell under its headings.

use super::{doc, extract};

/// Each phrase's figures' labels, in order.
fn labels(phrase: &str) -> Vec<String> {
    extract(&doc(phrase)).into_iter().map(|f| f.label).collect()
}

/// (phrase, the labels of its figures).
fn check(table: &[(&str, &[&str])]) {
    for (phrase, want) in table {
        assert_eq!(labels(phrase), *want, "{phrase:?}");
    }
}

#[test]
fn an_amount_an_actor_acts_on_is_named_by_the_object_not_the_actor() {
    check(&[
        // The verb's object names the amount it is set to, from or at.
        (
            "Beginning in FY2010, Congress capped the maximum individual grant award at $25 million.",
            &["Maximum individual grant award"],
        ),
        (
            "In FY2023, Congress increased the spending limit for financial awards to $15 million.",
            &["Spending limit for financial awards"],
        ),
        (
            "In FY2024, Congress reduced the loan authority further to $20 million.",
            &["Loan authority"],
        ),
        (
            "The law reduced the civil penalty for violating CAFE standards to $0.",
            &["Civil penalty for violating CAFE standards"],
        ),
        (
            "Congress funded ARPA-H under the existing structure at $1.5 billion.",
            &["ARPA-H"],
        ),
        (
            "The Fed temporarily raised the limit to $10 billion.",
            &["Limit"],
        ),
        (
            "EDA expected to make awards ranging from $150,000 to $2.5 million.",
            &["Awards", "Awards"],
        ),
        (
            "BAE received its third production contract for $256.8 million.",
            &["Third production contract"],
        ),
        (
            "In FY2023, Congress increased the limit to $15 million and the loan authority to $75 million.",
            &["Limit", "Loan authority"],
        ),
        (
            "For FY2026, Congress provided loan authority of $1.75 billion.",
            &["Loan authority"],
        ),
        // A time inside the object is no part of its name.
        (
            "The EAC reduced the guaranteed minimums for FY2025 to $272,727.",
            &["Guaranteed minimums"],
        ),
        (
            "The reconciliation law (P.L. 119-21) reduced the civil penalty to $0.",
            &["Civil penalty"],
        ),
        // Where the verb takes the amount, what it is for, past words of time.
        (
            "Congress provided $50 million each fiscal year for the Local Agriculture Market Program.",
            &["Local Agriculture Market Program"],
        ),
        (
            "Congress appropriated $5 million each year in mandatory funding.",
            &["Mandatory funding"],
        ),
        (
            "USDA allocated $300 million annually for a new export promotion program.",
            &["New export promotion program"],
        ),
        // A base form is a verb after a modal or `to`.
        (
            "The request would provide $7.3 billion a year for NIH research.",
            &["NIH research"],
        ),
        (
            "For DOE's national-security-related R&D in FY2026, the President requested $7.3 billion.",
            &["DOE's national-security-related R&D"],
        ),
    ]);
}

#[test]
fn an_amount_the_subject_has_or_reaches_keeps_the_subject() {
    check(&[
        // A statistic verb: the subject is what is measured.
        ("Mexico's GDP was $1.8 trillion.", &["Mexico's GDP"]),
        ("U.S. exports reached $500 billion.", &["U.S. exports"]),
        // A passive: the subject is what the actor acted on.
        (
            "The maximum award is capped at $25 million.",
            &["Maximum award"],
        ),
        (
            "The balance is expected to be about $45 billion.",
            &["Balance"],
        ),
        (
            "The phaseout occurred between $67,200 and $134,930.",
            &["Phaseout"],
        ),
        // What a reporting verb reports has its own subject.
        (
            "EPA estimated revenue from the WEC payments would average about $525 million.",
            &["Revenue from the WEC payments"],
        ),
        // `States` and `reports` name things as often as they report.
        (
            "Mexico's FDI in the United States increased from $3.0 billion in 1999 to $61.7 billion in 2024.",
            &[
                "Mexico's FDI in the United States",
                "Mexico's FDI in the United States",
            ],
        ),
        // A recipient names what it receives, unless an object does.
        (
            "The program received $18 million each year in mandatory funding.",
            &["Program"],
        ),
        // A participle after a determiner or a year is an adjective, not a verb.
        (
            "The act provided $6.0 billion more than the FY2025 enacted level.",
            &["Act"],
        ),
        // An infinitive after the object: the amount is not the object's.
        (
            "The law allowed banks to convert dollars into gold at $35.",
            &["Law"],
        ),
        // Who acts names nothing a noun phrase right before the amount names.
        (
            "Congress directed DOT to award grants in areas with populations below 200,000.",
            &["Populations"],
        ),
        // An amount in brackets is named inside them.
        (
            "Congress directed DOT to award 50% of the funding to projects located in rural areas (areas with populations below 200,000).",
            &["Funding", "Populations"],
        ),
        // Nor is an infinitive, or a phrase holding the verb.
        (
            "The family would have been allowed to deduct $3,096.",
            &["Family"],
        ),
        (
            "The IIJA authorized the most recent $118 billion.",
            &["IIJA"],
        ),
        // A clause opened by `when` or after a dash has its own subject, unless a pronoun.
        (
            "For example, when the corporate tax rate was cut from 46% to 34%, revenue fell.",
            &["Corporate tax rate", "Corporate tax rate"],
        ),
        (
            "The phaseout of the bracket ended when it reached $149,250.",
            &["Phaseout of the bracket"],
        ),
        (
            "In Whitman County, students were excluded—its poverty rate fell by 16.5 percentage points.",
            &["Poverty rate"],
        ),
        // Nothing else names it: a time is no purpose, `For example` none either.
        (
            "Congress directed EDA to allocate $2 million each fiscal year for FY2021.",
            &["Congress"],
        ),
        (
            "For example, S. 3293 would have appropriated $6.2 billion.",
            &["S. 3293"],
        ),
        // An object holding another amount or clause names nothing.
        (
            "DOE received a dollar decrease—down $92.0 million.",
            &["DOE"],
        ),
    ]);
}

#[test]
fn a_range_written_as_two_amounts_shares_its_label() {
    check(&[
        (
            "The deal reduced Ticketmaster's market share from 82.9% to 66.4%.",
            &["Ticketmaster's market share", "Ticketmaster's market share"],
        ),
        // Unless the second bound has its own base.
        (
            "Fees ranged from 5% to 13% of the ticket price.",
            &["Fees", "Ticket price"],
        ),
    ]);
}

#[test]
fn a_duration_is_named_by_what_lasts_not_by_its_unit_or_actor() {
    check(&[
        // The span it measures.
        (
            "Ketanji Brown Jackson waited 38 days from nomination to final Senate vote.",
            &["From nomination to final Senate vote"],
        ),
        // What must happen within it.
        (
            "Schools must provide access within 45 days of a request.",
            &["Provide access"],
        ),
        (
            "A claimant must file a notice of appeal with the CAVC within 120 days.",
            &["File a notice of appeal"],
        ),
        // The noun phrase it belongs to, or what a bare period is for.
        (
            "Workers qualify once a waiting period of 14 days has been met.",
            &["Waiting period"],
        ),
        (
            "These loans have a maximum repayment term of 10 years.",
            &["Maximum repayment term"],
        ),
        (
            "Section 122 authorizes a surcharge for up to 150 days.",
            &["Surcharge"],
        ),
        (
            "President Trump imposed a 10% global tariff for 150 days.",
            &["Global tariff", "Global tariff"],
        ),
        (
            "VA may provide care on an inpatient basis for a period not to exceed 30 days.",
            &["Provide care"],
        ),
        (
            "A reservist is called to active duty for a period of at least 179 days.",
            &["Active duty"],
        ),
        ("Judges serve a 15-year term.", &["Term"]),
        (
            "Up to 13 weeks of benefits are paid.",
            &["Weeks of benefits"],
        ),
        // What it is for.
        (
            "States have 24 months to submit state plans.",
            &["To submit state plans"],
        ),
        (
            "Prototypes will take 18 months to construct after the design reviews.",
            &["To construct"],
        ),
        (
            "The claimant may submit additional supporting evidence with the notice or within 90 days.",
            &["Submit additional supporting evidence"],
        ),
    ]);
}

#[test]
fn a_duration_is_named_by_what_it_is_the_length_of_never_its_actor() {
    check(&[
        // What it is the length of.
        ("The surcharge lasted 127 days.", &["Surcharge"]),
        (
            "The interval for an underwater inspection is generally 60 months.",
            &["Interval for an underwater inspection"],
        ),
        (
            "Since 1975, the average number of days from nomination to final vote was 66.5 days.",
            &["Average number of days from nomination to final vote"],
        ),
        (
            "The FTC estimated that preparing a filing would take an average of 144 hours.",
            &["Preparing a filing"],
        ),
        (
            "An EB period shall last for at least 13 consecutive weeks.",
            &["EB period"],
        ),
        (
            "For commemoration of an event, at least 25 years must have elapsed since the event.",
            &["Since the event"],
        ),
        (
            "Funds are expended within three years of obligation.",
            &["Years of obligation"],
        ),
        (
            "Divest the platform—used by venues—to a buyer within 60 days of closing.",
            &["Days of closing"],
        ),
        // Never the actor who waits or acts, nor a pronoun, nor a clause's other words; the
        // unit as the text words it, else the unit.
        (
            "Budget resolutions cover 10 total fiscal years.",
            &["Total fiscal years"],
        ),
        (
            "After the Court ruled against the use of IEEPA to impose tariffs, President Trump imposed a 10% global tariff for 150 days.",
            &["Global tariff", "Global tariff"],
        ),
        (
            "His nomination had already been pending for 39 days.",
            &["Days"],
        ),
        (
            "Counties had poverty rates of 20% or greater for at least 30 years.",
            &["Poverty rates", "Years"],
        ),
        (
            "Contracts typically run for three to five years.",
            &["Years"],
        ),
        (
            "The bill would extend the statute of limitations from 5 to 10 years.",
            &["Statute of limitations"],
        ),
        (
            "The law requires waivers to be effective for a period of 20 calendar days.",
            &["Calendar days"],
        ),
        ("Judge Roberts waited 45 days.", &["Days"]),
        ("It took 6 days.", &["Days"]),
    ]);
}

#[test]
fn a_table_cell_is_named_by_its_row_under_the_table_subheading() {
    check(&[
        // A one-cell row the reader set apart as a paragraph, over rows keyed by words.
        (
            "Personal Exemption: | $0\n\nStandard Deduction:\n\nJoint | $32,200\nSingle | $16,100",
            &[
                "Personal Exemption",
                "Standard Deduction, Joint",
                "Standard Deduction, Single",
            ],
        ),
        // A heading joined onto the note before it; a longer heading with a colon.
        (
            "Personal Exemption: | $0\n\n(Suspended through 2025) Standard Deduction:\n\nJoint | $29,200",
            &["Personal Exemption", "Standard Deduction, Joint"],
        ),
        (
            "Joint | $29,200\n\nAdditional Standard Deduction for the Elderly or the Blind:\n\nJoint (each spouse) | $1,300",
            &["Joint", "Additional Standard Deduction, Joint"],
        ),
        // A heading too long beside its row's name is cut at a preposition, never the name.
        (
            "Joint | $29,200\n\nAdditional Standard Deduction for the Elderly or the Blind:\n\nSingle/Head of Household | $1,650",
            &[
                "Joint",
                "Additional Standard Deduction, Single/Head of Household",
            ],
        ),
        // Inside the table's paragraph, with its brackets left out.
        (
            "Standard Deduction: | $0\nTemporary Senior Deduction (2025 to 2028):\nIndividual | $6,000",
            &[
                "Standard Deduction",
                "Temporary Senior Deduction, Individual",
            ],
        ),
        // Over rows keyed by amounts: the column's header, then whose it is.
        (
            "Joint | $32,200\n\nJoint Returns\n\nIf taxable income is: | Then, tax is:\n$0 to $24,800 | 10% of the amount over $0",
            &[
                "Joint",
                "Taxable income, Joint Returns",
                "Tax, Joint Returns",
                "Tax, Joint Returns",
            ],
        ),
        // A heading past a paragraph of prose ends with a colon.
        (
            "Limitation on Itemized Deductions:\n\nDeductions were limited above these amounts.\n\nJoint | $313,800",
            &["Limitation on Itemized Deductions, Joint"],
        ),
    ]);
    // No subheading: a caption, a unit, a section heading over the table's first row, prose.
    for text in [
        "Table 3. SBA Credit Assistance Programs\n\nJoint | $5",
        "(in millions of dollars)\n\nJoint | $5",
        "Funding Levels\n\nJoint | $5",
        "Deductions were limited above these amounts.\n\nJoint | $5",
        "Exemption: | $2,300\n\nSingle\n\nJoint\n\nJoint | $5",
    ] {
        assert_eq!(
            labels(text).last().map(String::as_str),
            Some("Joint"),
            "{text:?}"
        );
    }
}
