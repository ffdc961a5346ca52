/**
 * Role guides: what a role does, its tech stack, career ladder, skills gaps and FAQs, and
 * the guide page that brings them together with pay and employers.
 */
package uk.mljobs.roleguide;
