/**
 * Action plan: the readers' form drawn from content/action-plan/questions.yml, its check, and the blank spreadsheet and PDF added to the site (a refinement, so their links are checked).
 */
package guide.actionplan;
