/** The synthetic population: UK people with duplicate records carrying realistic errors, and ground truth. */
export {
  BASE_MISSING_RATES,
  CSV_HEADER,
  STANDARD_ERROR_RATES,
  capitaliseName,
  errorRates,
  generatePopulation,
  isValidNiNumber,
  planPopulation,
  toCsvLine,
  truePerson,
  type ErrorProfileName,
  type ErrorRates,
  type ErrorType,
  type PopulationOptions,
  type PopulationPlan,
  type SyntheticRecord,
  type TruePerson,
} from './generate-population';
export { demoAreaPostcodes, loadSyntheticData, postTown, type SyntheticData } from './data';
export { runSynth, synthCommand } from './synth.command';
