/**
 * The axes of the UK ML job market that every feature refers to: roles, their levels,
 * regions and towns. Other features hold ids and read these through
 * {@link uk.mljobs.market.Market}.
 */
@OwnsTables({ "role", "level", "region", "town" })
package uk.mljobs.market;

import uk.mljobs.shared.OwnsTables;
