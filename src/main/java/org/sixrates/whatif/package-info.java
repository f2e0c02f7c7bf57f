/**
 * What other weights would have given (DESIGN §9): the what-if sliders of the ranking
 * page, {@code POST /api/rankings/{year}/what-if} and the rules file with the weights
 * tried. It rescores the inputs of the figures shown with the scorer itself and keeps
 * nothing: the active scheme and every published result stay as they are.
 */
package org.sixrates.whatif;
