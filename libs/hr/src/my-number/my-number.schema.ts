import { StaffMyNumber } from './staff-my-number.entity';
import { StaffMyNumber1764200000000 } from './1764200000000-staff-my-number';

export const MY_NUMBER_ENTITIES = [StaffMyNumber];
export const MY_NUMBER_MIGRATIONS = [StaffMyNumber1764200000000];
