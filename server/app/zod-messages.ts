import { z } from 'zod/mini';
import { en } from 'zod/locales';

// The contract is written with zod/mini (src/api/contract.ts), which, unlike classic zod, loads no locale: without
// one every refusal would read "Invalid input". The API's 422s name what is wrong with each field, in English, so
// the API app (Node, the demo's Worker, the tests) loads zod's English messages. The console's own bundle does not:
// it only checks answers, and a ContractError's details are for the developer.
z.config(en());
